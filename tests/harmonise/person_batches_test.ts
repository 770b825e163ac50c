/**
 * Harmonising in batches of persons gives the whole cohort's tables and data-quality record,
 * whatever the batch size: the stage's batched path against the one-batch core, on the ingest
 * fixture (a referred patient across two sites, an exact duplicate, exclusions, warnings).
 */

import assert from "node:assert/strict";
import { CDM_COLUMNS } from "../../pipeline/_shared/contracts/cdm_schema.ts";
import { rowsTable } from "../../pipeline/_shared/rows_table.ts";
import type { Rows } from "../../pipeline/_shared/contracts/ingest_tables.ts";
import { tableToBytes } from "../../pipeline/_shared/table_io.ts";
import { ColumnSink } from "../../pipeline/harmonise/cdm_columns.ts";
import {
  checkRegimenClasses,
  harmonise,
  Harmoniser,
} from "../../pipeline/harmonise/harmonise_core.ts";
import { groupPersons } from "../../pipeline/harmonise/persons.ts";
import { personBatches } from "../../pipeline/harmonise/person_batches.ts";
import { fixtureClasses, ingestedFixture, WINDOW } from "./fixture.ts";

const RECORD_TABLES = ["patients", "lines", "assessments"] as const;
const PERSON_TABLES = ["patients", "lines", "assessments", "followup"] as const;

Deno.test("batches of 1, 2, 3 and 25,000 persons give the whole cohort's tables and quality", async () => {
  const tables = await ingestedFixture();
  const classes = await fixtureClasses();
  const whole = harmonise(tables, classes, WINDOW);
  const columnar = Object.fromEntries(
    RECORD_TABLES.map((name) => {
      const rows = tables[name] as unknown as Rows;
      return [name, rowsTable(rows, Object.keys(rows[0]!))];
    }),
  ) as Record<(typeof RECORD_TABLES)[number], ReturnType<typeof rowsTable>>;
  for (const size of [1, 2, 3, 25_000]) {
    const harmoniser = new Harmoniser(tables, classes, WINDOW);
    const sinks = Object.fromEntries(
      PERSON_TABLES.map((name) => [name, new ColumnSink(CDM_COLUMNS[name])]),
    ) as Record<(typeof PERSON_TABLES)[number], ColumnSink>;
    let batches = 0;
    for (const batch of personBatches(columnar, size)) {
      batches += 1;
      const rows = harmoniser.addPersons(groupPersons(batch));
      for (const name of PERSON_TABLES) sinks[name].append(rows[name]);
    }
    const { exclusions, quality } = harmoniser.finish(tables.merged_rows);
    assert.ok(size > 1 || batches > 5, `${batches} batches of ${size}`);
    for (const name of PERSON_TABLES) {
      assert.deepEqual(
        tableToBytes(sinks[name].table()),
        tableToBytes(rowsTable(whole.cdm[name], CDM_COLUMNS[name])),
        `${name}, batches of ${size}`,
      );
    }
    assert.deepEqual(exclusions, whole.cdm.exclusions);
    assert.deepEqual(quality, whole.quality);
  }
});

Deno.test("a regimen without a class stops harmonise, naming it", () => {
  const classes = new Map([["doxorubicin", { regimen_class: "anthracycline" }]]) as never;
  checkRegimenClasses(["doxorubicin", "doxorubicin"], classes);
  assert.throws(
    () => checkRegimenClasses(["doxorubicin", "mystery", "other"], classes),
    /regimens "mystery", "other" have no class: add a row for each to data\/vocabulary\/regimen-classes.csv/,
  );
});
