/**
 * Tables 2 and 3: best overall response and progression-free survival by regimen and by line of
 * therapy. Every interval is at the plan's confidence level; the median PFS interval is the plan's
 * headline method, named in the note.
 *
 * @module
 */

import { CATEGORIES } from "../../_shared/contracts/code_lists.ts";
import { label } from "../../_shared/contracts/labels.ts";
import type { RegimenLabels } from "../../_shared/regimen_classes.ts";
import { CI_METHOD_WORDS, confirmationWords, levelText } from "../../_shared/plan_words.ts";
import { type Prose, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import type { TableBlock } from "../document/blocks.ts";
import { medianCell, rateCell } from "./cells.ts";
import { medianNote } from "./median_notes.ts";

/** One row: responses of the group at `responseId`, median PFS of the group at `pfsId`. */
function responseRow(numbers: NumberSource, name: string, responseId: string, pfsId: string) {
  const n = (key: string) => numbers.ref(`${responseId}.${key}`, "integer");
  const hasPfs = lookupOptional(numbers, pfsId) !== undefined;
  return [
    [name],
    prose`${n("lines")} (${n("patients")})`,
    [n("CR")],
    [n("PR")],
    [n("SD")],
    [n("PD")],
    [n("NE")],
    rateCell(numbers, `${responseId}.orr`),
    rateCell(numbers, `${responseId}.dcr`),
    hasPfs ? [numbers.ref(`${pfsId}.events`, "integer")] : ["0"],
    hasPfs ? medianCell(numbers, pfsId, 1) : ["NE"],
  ];
}

function lookupOptional(numbers: NumberSource, id: string): unknown {
  try {
    return numbers.value(id);
  } catch {
    return undefined;
  }
}

function header(numbers: NumberSource, first: string): Prose[] {
  const level = levelText(numbers.plan.confidenceLevel);
  return [
    first,
    "Lines (patients)",
    "CR",
    "PR",
    "SD",
    "PD",
    "NE",
    `ORR (${level} CI)`,
    `DCR (${level} CI)`,
    "PFS events",
    `Median PFS, months (${level} CI)`,
  ].map((text) => [text]);
}

function notes(numbers: NumberSource, groups: { label: string; id: string }[]): Prose[] {
  const { plan } = numbers;
  const level = levelText(plan.confidenceLevel);
  const method = plan.headlineCi;
  const symmetric = method === "spss"
    ? prose`, z = ${numbers.ref("settings.z", "decimal2")}; a negative lower limit is shown as 0`
    : [];
  return [
    prose`Best overall response by RECIST 1.1 per line of therapy (${
      confirmationWords(plan)
    }); every treated line is counted, a line without response data as NE. ORR: objective response rate (CR or PR); DCR: disease control rate (CR, PR or SD); both with exact Clopper–Pearson ${level} CIs.`,
    prose`Median PFS by Kaplan–Meier; ${level} CI: ${
      CI_METHOD_WORDS[method].long
    }${symmetric}; NE: not estimable.`,
    medianNote(numbers, groups, "lines"),
  ];
}

/** Table 2: response and PFS by regimen, then all lines. */
export function regimenTable(numbers: NumberSource, labels: RegimenLabels): TableBlock {
  const groups = Object.keys(numbers.stats.response.by_regimen).map((regimen) => ({
    label: labels.regimen[regimen] ?? regimen,
    responseId: `response.by_regimen.${regimen}`,
    id: `pfs.${regimen}`,
  }));
  groups.push({ label: "All lines", responseId: "response.all_lines", id: "pfs_all_lines" });
  const rows = groups.map((g) => responseRow(numbers, g.label, g.responseId, g.id));
  return {
    name: "table2-response-by-regimen",
    title: "Table 2. Best response and progression-free survival by regimen",
    header: header(numbers, "Regimen"),
    rows,
    notes: notes(numbers, groups),
  };
}

/** Table 3: response and PFS by line of therapy. */
export function lineTable(numbers: NumberSource): TableBlock {
  const groups = CATEGORIES.lineGroups
    .filter((group) => group in numbers.stats.response.by_line)
    .map((group) => ({
      label: label("lineGroup", group),
      responseId: `response.by_line.${group}`,
      id: `pfs_by_line.${group}`,
    }));
  const rows = groups.map((g) => responseRow(numbers, g.label, g.responseId, g.id));
  return {
    name: "table3-response-by-line",
    title: "Table 3. Best response and progression-free survival by line of therapy",
    header: header(numbers, "Line"),
    rows,
    notes: notes(numbers, groups),
  };
}
