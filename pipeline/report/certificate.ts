/**
 * The reproduction certificate, `reproduction.md` and its machine-readable twin
 * `reproduction.json`: every claim, the text it was read from, the published and the reproduced
 * value, and whether they match.
 *
 * @module
 */

import type { ClaimCheck } from "./claims.ts";
import type { RunContext } from "./run_context.ts";

/** What the certificate checks, as lines of one paragraph (text with `code` in backticks). */
export const CERTIFICATE_INTRO: readonly string[] = [
  "Each claim below was transcribed from the abstract into `data/reference/abstract-claims.json`",
  "and compared with the statistic the pipeline computed from `data/raw/`, at the precision the",
  "abstract prints (counts exactly; ages, months and percentages as integers rounded half up).",
  "The raw data are synthetic (see README.md): a match shows that the pipeline recovers, from",
  "site exports, the numbers a cohort like the study's gives, not that it re-analysed real patients.",
];

/** The certificate's JSON form. */
export function certificateJson(
  checks: readonly ClaimCheck[],
  source: string,
  context: RunContext,
  mode: "enforce" | "record",
): string {
  const matched = checks.filter((c) => c.match).length;
  return JSON.stringify(
    {
      source,
      context,
      mode,
      claims: checks.length,
      matched,
      mismatched: checks.length - matched,
      reproduced: matched === checks.length,
      checks: checks.map((c) => ({
        id: c.id,
        claim: c.claim,
        quote: c.quote,
        statistic: c.statistic,
        precision: c.precision,
        published: c.published,
        reproduced: c.reproduced,
        computed: c.computed,
        match: c.match,
      })),
    },
    null,
    2,
  ) + "\n";
}

/** A computed value as a table cell: counts of a category list as "name n; ...". */
export function computedText(value: unknown): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return Array.isArray(value) ? value.join(", ") : String(value);
  }
  const entries = Object.entries(value);
  if (entries.every(([, v]) => typeof (v as { n?: unknown })?.n === "number")) {
    return entries.map(([k, v]) => `${k} ${(v as { n: number }).n}`).join("; ");
  }
  return JSON.stringify(value);
}

/** The certificate's Markdown form. */
export function certificateMarkdown(
  checks: readonly ClaimCheck[],
  source: string,
  context: RunContext,
  mode: "enforce" | "record",
): string {
  const { lead, rest } = certificateVerdict(checks);
  const verdict = `**${lead}**${rest}`;
  const cell = (v: unknown) => computedText(v).replaceAll("|", "\\|");
  const rows = checks.map((c, i) =>
    `| ${i + 1} | ${c.claim} | ${cell(c.published)} | ${cell(c.reproduced ?? "missing")} | ` +
    `${cell(c.computed)} | \`${c.statistic}\` | ${c.match ? "✓" : "✗"} |`
  );
  const quotes = [...new Set(checks.map((c) => c.quote))].map((q) => `> ${q}`);
  return [
    "# Reproduction certificate",
    "",
    `Publication: ${source}`,
    "",
    ...CERTIFICATE_INTRO,
    "",
    verdict,
    "",
    "## Context",
    "",
    ...contextItems(context, mode).map((item) => `- ${item}`),
    "",
    "| # | claim | published | reproduced | computed | statistic | match |",
    "| ---: | --- | ---: | ---: | ---: | --- | :---: |",
    ...rows,
    "",
    "## Sentences of the abstract checked",
    "",
    ...quotes.flatMap((q) => [q, ""]),
  ].join("\n");
}

/** The certificate's verdict: a lead to set in bold, and the rest of the sentence. */
export function certificateVerdict(checks: readonly ClaimCheck[]): { lead: string; rest: string } {
  const matched = checks.filter((c) => c.match).length;
  return matched === checks.length
    ? {
      lead: `All ${checks.length} claims of the abstract are reproduced`,
      rest: " from the raw exports.",
    }
    : {
      lead: `${checks.length - matched} of ${checks.length} claims are NOT reproduced`,
      rest: ` (${matched} match); they are marked ✗ below.`,
    };
}

/**
 * What produced the certificate, one item each (text with `code` in backticks): the plan and how
 * it differs from the committed one, the code, the mode.
 */
export function contextItems(context: RunContext, mode: "enforce" | "record"): string[] {
  const differs = context.plan.differsFromCommitted;
  return [
    `Analysis plan: sha256 \`${context.plan.sha256}\`; ${
      differs.length === 0
        ? "the committed plan (`pipeline/analysis-plan.json`)."
        : `differs from the committed plan in ${differs.length} option${
          differs.length > 1 ? "s" : ""
        }: ${
          differs.map((d) =>
            `\`${d.option}\` ${JSON.stringify(d.run)} (committed ${JSON.stringify(d.committed)})`
          ).join("; ")
        }.`
    }`,
    `Code: sha256 \`${context.code.sha256}\` over the ${context.code.files} source files of ` +
    "`pipeline/`, `deno.json` and `deno.lock`.",
    `Mode: \`${mode}\`: ${
      mode === "enforce"
        ? "a claim that is not reproduced fails the run."
        : "claims are recorded here; a claim that is not reproduced does not fail the run " +
          "(another cohort or a sensitivity analysis)."
    }`,
  ];
}
