import assert from "node:assert/strict";
import { csvParse } from "d3-dsv";
import { readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import type { DatasetRow } from "../../pipeline/_shared/contracts/stats_ids.ts";
import { populationsIn } from "../../pipeline/_shared/lineage/populations.ts";
import { explain } from "../../pipeline/_shared/lineage/explain.ts";
import { main } from "../../pipeline/audit/why.ts";
import { lineageText } from "../../pipeline/audit/render_lineage.ts";
import { commaFreePath, launchArgs } from "../../pipeline/audit/launch.ts";

const stats = JSON.parse(await Deno.readTextFile("outputs/stats.json"));
const plan = await readAnalysisPlan("pipeline/analysis-plan.json");
const datasets: Record<string, DatasetRow[]> = {};
for (const name of ["adsl", "adrs", "adtte"]) {
  datasets[`analysis/${name}.csv`] = csvParse(
    await Deno.readTextFile(`outputs/analysis/${name}.csv`),
  ) as DatasetRow[];
}

const populations = populationsIn(datasets);

/** "S01/patients.csv row 12" -> whether data/raw/S01/patients.csv exists. */
function rawFileExists(reference: string): boolean {
  const path = /^(\S+?\/.+?) (?:row \d+|record \S+)$|^(\S+?\/.+?\.xlsx) .+!\d+$/.exec(reference);
  const file = path?.[1] ?? path?.[2];
  if (file === undefined) return false;
  try {
    return Deno.statSync(`data/raw/${file}`).isFile;
  } catch {
    return false;
  }
}

Deno.test("why os.median lists every patient with the raw records behind their OS time", () => {
  const lineage = explain("os.median", stats, plan, populations);
  assert.equal(lineage.value, stats.os.median);
  assert.equal(lineage.dataset, "analysis/adtte.csv");
  assert.equal(lineage.subjects, stats.os.n);
  assert.equal(lineage.count, stats.os.n);
  for (const record of lineage.records!) {
    assert.ok(record.sources.length >= 1, `${record.usubjid} has no raw source`);
    for (const source of record.sources) assert.ok(rawFileExists(source), source);
  }
  assert.deepEqual(lineage.related.map((r) => r.id), [
    "os.median",
    "os.median_r",
    "os.ci.spss",
    "os.ci.log",
    "os.ci.loglog",
    "os.ci.plain",
  ]);
  assert.ok(lineage.planOptions.some((o) => o.option === "overallSurvival.origin"));
});

Deno.test("why reaches the lines of one regimen for its PFS interval and its response count", () => {
  const ci = explain("pfs.sunitinib.ci.spss.0", stats, plan, populations);
  assert.equal(ci.filter, "PARAMCD = PFS and REGIMEN = sunitinib");
  assert.equal(ci.count, stats.pfs.sunitinib.n);
  const orr = explain("response.by_regimen.sunitinib.orr.n", stats, plan, populations);
  assert.equal(orr.count, stats.response.by_regimen.sunitinib.lines);
  // A line's records include its own line record, wherever the site keeps lines.
  for (const record of orr.records!) assert.ok(record.sources.length >= 1, record.usubjid);
});

Deno.test("why refuses an id that stats.json does not have", () => {
  assert.throws(() => explain("os.mean", stats, plan, populations), /not an id of stats\.json/);
});

Deno.test("deno task why exits 0 with the lineage, 1 for an unknown id, 2 for bad usage", async () => {
  const log = console.log;
  const error = console.error;
  const printed: string[] = [];
  console.log = (text: string) => printed.push(text);
  console.error = (text: string) => printed.push(text);
  try {
    assert.equal(await main(["os.median"]), 0);
    assert.match(printed.join("\n"), /55 records of 55 subjects/);
    assert.equal(await main(["--find", "median overall survival"]), 0);
    assert.match(printed.join("\n"), /os\.median\s+\(results\.md/);
    assert.equal(await main(["os.mean"]), 1);
    assert.equal(await main([]), 2);
    assert.equal(await main(["--bogus"]), 2);
  } finally {
    console.log = log;
    console.error = error;
  }
});

Deno.test("the launcher grants a folder with a comma through its nearest ancestor without one", () => {
  assert.equal(commaFreePath("/tmp/a,b/outputs"), "/tmp");
  assert.equal(commaFreePath("a,b/outputs"), ".");
  assert.equal(commaFreePath("/x,y"), "/");
  assert.equal(commaFreePath("outputs"), "outputs");
  assert.deepEqual(launchArgs("why", ["os.median", "--out", "/tmp/a,b/o"]).slice(0, 3), [
    "run",
    "--no-prompt",
    "--allow-read=/tmp,pipeline/analysis-plan.json",
  ]);
});

Deno.test("a population too large to list is counted and its filter named", () => {
  const lineage = explain("os.median", stats, plan, () => ({
    count: 1_000_000,
    subjects: 1_000_000,
    records: null,
  }));
  const text = lineageText(lineage);
  assert.match(
    text,
    /1000000 records of 1000000 subjects: too many to list; select them in analysis\/adtte\.csv by PARAMCD = OS/,
  );
  assert.doesNotMatch(text, /<-/);
});
