import assert from "node:assert/strict";
import { PipelineError } from "../../pipeline/_shared/stage.ts";
import { flowCountsFrom } from "../../pipeline/figures/flow_diagram/counts.ts";
import { drawFlowDiagram } from "../../pipeline/figures/flow_diagram/mod.ts";
import { cohortInputs, markTexts, parseSvg } from "./_helpers.ts";

interface FileRow {
  site: string;
  table: string;
  rowsRead: number;
  included: number;
  excluded: Record<string, number>;
  merged: Record<string, number>;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

Deno.test("flowCountsFrom takes every patient-record count from the reconciliation", async () => {
  const { quality, courses } = await cohortInputs();
  const rows = (quality as { reconciliation: { files: FileRow[] } }).reconciliation.files
    .filter((r) => r.table === "patients");
  const flow = flowCountsFrom(quality, courses);
  assert.deepEqual(
    flow.screenedBySite,
    ["S01", "S02", "S03"].map((site) => ({
      site,
      records: sum(rows.filter((r) => r.site === site).map((r) => r.rowsRead)),
    })),
  );
  assert.equal(flow.screened, sum(rows.map((r) => r.rowsRead)));
  assert.equal(flow.included, sum(rows.map((r) => r.included)));
  assert.deepEqual(flow.excluded, [
    { reason: "not_molecularly_confirmed", records: 1 },
    { reason: "treated_outside_study_window", records: 1 },
  ]);
  assert.deepEqual(flow.merged, [
    { reason: "duplicate_row", records: 1 },
    { reason: "referral_merged", records: 1 },
  ]);
});

Deno.test("flowCountsFrom counts the patients and lines analysed from the analysis datasets", async () => {
  const { quality, courses } = await cohortInputs();
  const lines = courses.flatMap((c) => c.lines);
  const flow = flowCountsFrom(quality, courses);
  assert.equal(flow.analysed.os, 18);
  assert.equal(flow.analysed.pfsPatients, 18);
  assert.equal(flow.analysed.pfsLines, lines.length);
  // The fixture plants one line without response data (S01-0006 line 1).
  assert.equal(flow.analysed.responseLines, lines.length - 1);
});

Deno.test("flowCountsFrom refuses a reconciliation that does not balance or match its summary or ADSL", async () => {
  const { quality, courses } = await cohortInputs();
  const broken = structuredClone(quality) as { reconciliation: { files: FileRow[] } };
  broken.reconciliation.files[0]!.rowsRead += 1;
  assert.throws(
    () => flowCountsFrom(broken, courses),
    (e) => e instanceof PipelineError && /does not balance: 23 records read but 22/.test(e.message),
  );
  assert.throws(
    () => flowCountsFrom(quality, courses.slice(1)),
    (e) => e instanceof PipelineError && /18 included patients but adsl.csv has 17/.test(e.message),
  );
  const disagreeing = structuredClone(quality) as { cohort: { included: number } };
  disagreeing.cohort.included = 17;
  assert.throws(
    () => flowCountsFrom(disagreeing, courses),
    (e) =>
      e instanceof PipelineError &&
      /cohort summary \(22 patient rows read, 17 included\)/.test(e.message),
  );
  assert.throws(
    () => flowCountsFrom({ warnings: [] }, courses),
    (e) => e instanceof PipelineError && /no reconciliation.files list/.test(e.message),
  );
});

Deno.test("the flow diagram prints the numbers of the reconciliation, and they balance", async () => {
  const { quality, courses } = await cohortInputs();
  const flow = flowCountsFrom(quality, courses);
  const svg = parseSvg(drawFlowDiagram(flow).svg);
  const texts = [...markTexts(svg, "flow text bold"), ...markTexts(svg, "flow text normal")]
    .map((t) => t.text).join("\n");
  const n = (pattern: RegExp) => Number(pattern.exec(texts)?.[1]);
  const screened = n(/Patient records screened \(n\s=\s(\d+)\)/);
  const merged = n(/Records merged into another \(n\s=\s(\d+)\)/);
  const assessed = n(/Patients assessed for eligibility \(n\s=\s(\d+)\)/);
  const excluded = n(/Patients excluded \(n\s=\s(\d+)\)/);
  const included = n(/Patients included \(n\s=\s(\d+)\)/);
  assert.deepEqual([screened, merged, assessed, excluded, included], [22, 2, 20, 2, 18]);
  assert.equal(screened, merged + assessed);
  assert.equal(assessed, excluded + included);
  assert.match(texts, /from 3 sites: S01:\s7, S02:\s7, S03:\s8/);
  assert.match(texts, /No molecular confirmation: 1/);
  assert.match(texts, /Same patient reported by a second site/);
  assert.match(
    texts,
    new RegExp(`${flow.analysed.pfsPatients} patients, ${flow.analysed.pfsLines} lines`),
  );
  assert.match(
    texts,
    new RegExp(
      `${flow.analysed.responseLines} lines of ${flow.analysed.responsePatients} patients`,
    ),
  );
});
