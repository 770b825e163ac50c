/**
 * A workbook in the 1904 date system (`<workbookPr date1904="1"/>`, old Mac Excel) stores each
 * date 1462 days lower than the 1900 system does; ingest reads the system from the workbook. The
 * committed S05 workbook converted to 1904 (every date serial lowered, the flag set) ingests to
 * exactly the same tables as the original.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import {
  parseRegimenClasses,
  REGIMEN_CLASSES_FILE,
} from "../../pipeline/_shared/regimen_classes.ts";
import { type IngestInputs, ingestRaw } from "../../pipeline/ingest/ingest_raw.ts";
import { readRawFolder } from "../../pipeline/ingest/readers/raw_folder.ts";
import {
  parseRegimenVocabulary,
  REGIMENS_FILE,
} from "../../pipeline/ingest/vocabulary/regimen_vocabulary.ts";
import { copyFolder } from "./corpus/make_corpus.ts";
import { setWorkbookPr } from "./corpus/mutation.ts";
import { RawEditor } from "./corpus/raw_editor.ts";
import { interimTablesRows } from "./interim_rows.ts";

const DATE_FIELDS = [
  "birth_date",
  "diagnosis_date",
  "advanced_date",
  "last_contact_date",
  "death_date",
  "start_date",
  "end_date",
  "progression_date",
  "assessment_date",
];

async function committedInputs(): Promise<IngestInputs> {
  return {
    plan: await readAnalysisPlan("pipeline/analysis-plan.json"),
    vocabulary: parseRegimenVocabulary(await Deno.readTextFile(REGIMENS_FILE)),
    classes: parseRegimenClasses(await Deno.readTextFile(REGIMEN_CLASSES_FILE)),
  };
}

Deno.test("a workbook in the 1904 date system ingests to the same tables as its 1900 original", async () => {
  const raw = join(await Deno.makeTempDir(), "raw");
  await copyFolder("data/raw", raw);
  const editor = new RawEditor(raw);
  let converted = 0;
  for (const table of ["patients", "lines", "assessments"]) {
    const { file, table: spec } = await editor.tableSpec("S05", table);
    const rows = await editor.rows("S05", file, spec);
    for (const row of rows) {
      for (const field of DATE_FIELDS) {
        const column = spec.columns[field];
        const text = column === undefined ? undefined : row.get(column);
        if (text === undefined || !/^\d+$/.test(text)) continue;
        await row.set(column, Number(text) - 1462);
        converted += 1;
      }
    }
  }
  await setWorkbookPr(editor, '<workbookPr date1904="1"/>');
  assert.ok(converted > 50, `${converted} dates converted`);
  const inputs = await committedInputs();
  const original = ingestRaw(await readRawFolder("data/raw"), inputs);
  const in1904 = ingestRaw(await readRawFolder(raw), inputs);
  assert.ok(original.ok && in1904.ok, JSON.stringify(in1904));
  assert.deepEqual(interimTablesRows(in1904.tables), interimTablesRows(original.tables));
});
