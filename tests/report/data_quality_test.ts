/** The data-quality report rendered from the fixture's quality record. */

import assert from "node:assert/strict";
import { renderDataQuality } from "../../pipeline/report/data_quality.ts";
import { reconcile } from "../../pipeline/harmonise/reconciliation.ts";
import { harmonisedFixture } from "../harmonise/fixture.ts";

Deno.test("renderDataQuality shows the flow, each file's reconciliation, the exclusions and the warnings", async () => {
  const { quality } = await harmonisedFixture();
  const { markdown, json } = renderDataQuality(quality);
  assert.deepEqual(JSON.parse(json), quality);
  assert.match(markdown, /\| patient rows read \(4 sites\) \| 13 \|/);
  assert.match(markdown, /\| included \| 7 \|/);
  assert.match(
    markdown,
    /\| A02 \| pazienti\.csv \| patients \| 4 \| 1 \| 0 \| 0 \| 1 \| 0 \| 1 \| 1 \| yes \|/,
  );
  assert.match(markdown, /\| all sites \| 41 \| 30 \| 2 \| 2 \| 4 \| 0 \| 1 \| 2 \| yes \|/);
  assert.match(
    markdown,
    /\| A03 \| 2 \| treated_outside_study_window \| first line for advanced disease starts 1984-10-01/,
  );
  assert.match(markdown, /## Warnings \(3\)/);
});

Deno.test("warnings appended by a later stage appear in both forms, with pipes escaped", async () => {
  const { quality } = await harmonisedFixture();
  quality.warnings.push({
    site: "A01",
    file: "assessments.tsv",
    row: "row 3",
    column: "target_sum_mm",
    value: "48",
    rule: "recist-discrepancy",
    message: "derived PD | reported SD",
  });
  const { markdown, json } = renderDataQuality(quality);
  assert.match(markdown, /## Warnings \(4\)/);
  assert.match(markdown, /\| recist-discrepancy \| derived PD \\\| reported SD \|/);
  assert.equal(JSON.parse(json).warnings.length, 4);
});

Deno.test("reconcile flags a file whose rows are not all accounted for", () => {
  const rec = reconcile(
    [{ site: "S01", file: "p.csv", table: "patients", rows_read: 3 }],
    [
      { site: "S01", file: "p.csv", table: "patients", fate: { kind: "included" } },
      {
        site: "S01",
        file: "p.csv",
        table: "patients",
        fate: { kind: "merged", reason: "duplicate_row" },
      },
    ],
  );
  assert.equal(rec.balanced, false);
  assert.equal(rec.files[0]?.balanced, false);
  assert.equal(rec.total.rowsRead, 3);
  assert.equal(rec.total.included + rec.total.merged.duplicate_row, 2);
});
