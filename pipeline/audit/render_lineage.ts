/**
 * A statistic's lineage as text for a terminal, and a search of the printed numbers.
 *
 * @module
 */

import type { IndexedNumber } from "../_shared/contracts/number_index.ts";
import type { Lineage } from "../_shared/lineage/explain.ts";

const json = (value: unknown) => JSON.stringify(value);

/** The lineage as text: the statistic, then one line per record with its raw sources. */
export function lineageText(lineage: Lineage): string {
  const lines = [
    `${lineage.id} = ${json(lineage.value)}`,
    `  meaning:      ${lineage.meaning}`,
    `  computed by:  ${lineage.computedBy}`,
    `  plan options: ${
      lineage.planOptions.map((o) => `${o.option} = ${json(o.value)}`).join("; ") || "none"
    }`,
    `  dataset:      ${lineage.dataset}, records: ${lineage.filter}`,
  ];
  if (lineage.related.length > 0) {
    lines.push("  the median and its interval under every method (months):");
    for (const r of lineage.related) lines.push(`    ${r.id} = ${json(r.value)}`);
  }
  if (lineage.records === null) {
    lines.push(
      `  ${lineage.count} records of ${lineage.subjects} subjects: too many to list; select ` +
        `them in ${lineage.dataset} by ${lineage.filter}`,
    );
    return lines.join("\n") + "\n";
  }
  lines.push(
    `  ${lineage.count} records of ${lineage.subjects} subjects, with the raw records behind each:`,
  );
  for (const r of lineage.records) {
    lines.push(`    ${r.usubjid}${r.key ? ` ${r.key}` : ""}`);
    for (const source of r.sources) lines.push(`      <- ${source}`);
  }
  return lines.join("\n") + "\n";
}

/** The printed numbers whose sentence, cell or caption contains `text` (case-insensitive). */
export function findNumbers(index: readonly IndexedNumber[], text: string): string {
  const needle = text.toLowerCase();
  const hits = index.filter((n) => n.context.toLowerCase().includes(needle));
  if (hits.length === 0) return `no printed number's context contains "${text}"\n`;
  return hits.map((n) => `${n.text.padStart(8)}  ${n.id}  (${n.file}, ${n.where})`).join("\n") +
    "\n";
}
