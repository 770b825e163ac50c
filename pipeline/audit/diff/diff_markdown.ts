/**
 * The comparison of two runs as Markdown: a summary line, then one section per kind of change
 * (statistics, certificate claims, populations, dataset rows, tables and figures, other files).
 * Sections with nothing to say are left out.
 *
 * @module
 */

import type { OutputDiff } from "./compare_outputs.ts";

/** A value as a table cell. */
function cell(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? "";
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function table(header: string[], rows: unknown[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ];
}

function signed(value: number | null, percent = false): string {
  if (value === null) return "";
  const shown = percent ? `${(value * 100).toFixed(1)}%` : String(Number(value.toPrecision(6)));
  return value > 0 ? `+${shown}` : shown;
}

function verdict(side: { reproduced: unknown; match: boolean } | null): string {
  return side === null
    ? "absent"
    : `${cell(side.reproduced)} (${side.match ? "matches" : "differs"})`;
}

/** The summary: one clause per kind of change. */
export function diffSummary(diff: OutputDiff, fileCount: number): string {
  if (diff.equal) return `No differences: both hold the same ${fileCount} files, byte for byte.`;
  const stats = diff.statistics;
  const moved = diff.populations.reduce((n, p) => n + p.entered.length + p.left.length, 0);
  const rows = diff.rows.reduce((n, r) => n + new Set(r.changed.map((c) => c.key)).size, 0);
  return [
    stats === null
      ? "stats.json missing on one side"
      : `${stats.changed.length} statistics changed, ${stats.added.length} added, ` +
        `${stats.removed.length} removed`,
    `${diff.claims.length} certificate claims flipped`,
    `${moved} subject moves between populations`,
    `${rows} analysis-dataset rows changed`,
    `${diff.files.length} files differ`,
  ].join("; ") + ".";
}

/** The whole comparison as Markdown. */
export function diffMarkdown(diff: OutputDiff, fileCount: number): string {
  const lines = [`# Outputs compared: ${diff.old} → ${diff.new}`, "", diffSummary(diff, fileCount)];
  const section = (title: string, body: string[]) => lines.push("", `## ${title}`, "", ...body);
  const stats = diff.statistics;
  if (stats !== null && stats.changed.length > 0) {
    section(
      "Statistics that changed (stats.json)",
      table(
        ["id", "old", "new", "change", "relative"],
        stats.changed.map((
          c,
        ) => [c.id, c.old, c.new, signed(c.absolute), signed(c.relative, true)]),
      ),
    );
  }
  if (stats !== null && stats.added.length + stats.removed.length > 0) {
    section(
      "Statistics added or removed (stats.json)",
      table(["id", "change", "value"], [
        ...stats.added.map((s) => [s.id, "added", s.value]),
        ...stats.removed.map((s) => [s.id, "removed", s.value]),
      ]),
    );
  }
  if (diff.claims.length > 0) {
    section(
      "Certificate claims that flipped (reproduction.json)",
      table(
        ["claim", "statistic", "published", "old", "new"],
        diff.claims.map((c) => [c.id, c.statistic, c.published, verdict(c.old), verdict(c.new)]),
      ),
    );
  }
  if (diff.populations.length > 0) {
    section(
      "Subjects that entered or left an analysis population",
      table(
        ["dataset", "population", "entered", "left"],
        diff.populations.map((
          p,
        ) => [p.dataset, p.population, p.entered.join(", "), p.left.join(", ")]),
      ),
    );
  }
  for (const rows of diff.rows) {
    const keys = new Set(rows.changed.map((c) => c.key)).size;
    section(
      `Rows of ${rows.dataset} (key ${rows.keyColumns.join(" / ")}): ${keys} changed, ` +
        `${rows.added.length} added, ${rows.removed.length} removed`,
      [
        ...(rows.changed.length > 0
          ? table(
            ["key", "column", "old", "new"],
            rows.changed.map((c) => [c.key, c.column, c.old, c.new]),
          )
          : []),
        ...(rows.added.length > 0 ? ["", `Added: ${rows.added.join("; ")}`] : []),
        ...(rows.removed.length > 0 ? ["", `Removed: ${rows.removed.join("; ")}`] : []),
      ],
    );
  }
  const shown = (path: string) => path.startsWith("tables/") || path.startsWith("figures/");
  const tablesAndFigures = diff.files.filter((f) => shown(f.path));
  const others = diff.files.filter((f) => !shown(f.path));
  if (tablesAndFigures.length > 0) {
    section(
      "Tables and figures that changed",
      table(["file", "change"], tablesAndFigures.map((f) => [f.path, f.change])),
    );
  }
  if (others.length > 0) {
    section(
      "Other files that changed",
      table(["file", "change"], others.map((f) => [f.path, f.change])),
    );
  }
  return lines.join("\n") + "\n";
}
