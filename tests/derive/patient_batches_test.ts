/** Deriving patients in batches gives the bytes of deriving the cohort whole. */
import assert from "node:assert/strict";
import { readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import { csvChunks, csvRowChunks } from "../../pipeline/_shared/csv.ts";
import * as aq from "arquero";
import { readTable, rowsAt } from "../../pipeline/_shared/table_io.ts";
import {
  type AnalysisFile,
  analysisText,
  deriveAnalysisDatasets,
  deriveBatch,
} from "../../pipeline/derive/analysis_datasets.ts";
import { type HarmonisedTables, patientBatches } from "../../pipeline/derive/patient_batches.ts";
import { harmonisedOf } from "../e2e/_analyse.ts";
import { committedRun } from "../e2e/_committed_run.ts";

const FILES: AnalysisFile[] = ["adsl.csv", "adrs.csv", "adtte.csv"];

async function tablesOf(interim: string): Promise<HarmonisedTables> {
  const tables = {} as HarmonisedTables;
  for (const name of ["patients", "lines", "assessments", "followup"] as const) {
    tables[name] = await readTable(`${interim}/harmonise/${name}.arrow`);
  }
  return tables;
}

Deno.test("the rows of a table slice are the rows of the whole table", async () => {
  const run = await committedRun();
  assert.equal(run.code, 0, run.stderr);
  const { lines } = await tablesOf(run.interim);
  const all = lines.objects();
  assert.deepEqual(rowsAt(lines, [3, 0, 7]), [all[3], all[0], all[7]]);
});

Deno.test("batches of 7 patients give the datasets and warnings of the whole cohort, byte for byte", async () => {
  const run = await committedRun();
  assert.equal(run.code, 0, run.stderr);
  const plan = await readAnalysisPlan("pipeline/analysis-plan.json");
  const harmonised = await harmonisedOf(run.interim);
  const whole = deriveAnalysisDatasets(harmonised.data, harmonised.quality, plan);
  const texts: Record<string, string> = { "adsl.csv": "", "adrs.csv": "", "adtte.csv": "" };
  const warnings = [];
  let batches = 0;
  let rows = 0;
  for (const data of patientBatches(await tablesOf(run.interim), 7)) {
    assert.ok(data.patients.length <= 7);
    const batch = deriveBatch(data, plan);
    for (const file of FILES) {
      const { header, rows } = batch.tables[file];
      texts[file] += [...(batches === 0 ? csvChunks(header, rows()) : csvRowChunks(rows()))]
        .join("");
    }
    warnings.push(...batch.warnings);
    rows += batch.rowsWritten;
    batches++;
  }
  assert.equal(batches, Math.ceil(harmonised.data.patients.length / 7));
  for (const file of FILES) assert.equal(texts[file], analysisText(whole.tables[file]), file);
  assert.deepEqual(
    [...harmonised.quality.warnings, ...warnings],
    whole.quality.warnings,
  );
  assert.equal(rows, whole.rowsWritten);
  assert.equal(texts["adtte.csv"], await Deno.readTextFile("outputs/analysis/adtte.csv"));
});

Deno.test("a line whose patient is not in the patients table stops the run, located", () => {
  const tables = {
    patients: aq.table({ usubjid: ["S01-0001"] }),
    lines: aq.table({ usubjid: ["S01-0001", "S01-0002"] }),
    assessments: aq.table({ usubjid: [] }),
    followup: aq.table({ usubjid: ["S01-0001"] }),
  } as unknown as HarmonisedTables;
  assert.throws(
    () => [...patientBatches(tables)],
    /harmonise\/lines\.arrow, row 2: patient S01-0002 is not in harmonise\/patients\.arrow/,
  );
});
