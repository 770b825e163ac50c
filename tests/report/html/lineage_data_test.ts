/** The lineage embedded in the HTML report, on the committed outputs. */

import assert from "node:assert/strict";
import { csvParse } from "d3-dsv";
import { readAnalysisPlan } from "../../../pipeline/_shared/analysis_plan.ts";
import type { DatasetRow } from "../../../pipeline/_shared/contracts/stats_ids.ts";
import { populationsIn } from "../../../pipeline/_shared/lineage/populations.ts";
import { explain } from "../../../pipeline/_shared/lineage/explain.ts";
import {
  lineageData,
  lineageJson,
  MAX_EMBEDDED_RECORDS,
} from "../../../pipeline/report/html/lineage_data.ts";
import { LINEAGE_DATASETS } from "../../../pipeline/report/spec.ts";

const stats = JSON.parse(await Deno.readTextFile("outputs/stats.json"));
const plan = await readAnalysisPlan("pipeline/analysis-plan.json");
const datasets: Record<string, DatasetRow[]> = {};
for (const file of LINEAGE_DATASETS) {
  datasets[file] = csvParse(await Deno.readTextFile(`outputs/${file}`)) as DatasetRow[];
}

const populations = populationsIn(datasets);

Deno.test("the report traces numbers to the three analysis datasets", () => {
  assert.deepEqual(LINEAGE_DATASETS, [
    "analysis/adrs.csv",
    "analysis/adsl.csv",
    "analysis/adtte.csv",
  ]);
});

Deno.test("ids with the same records share one population and one definition", () => {
  const data = lineageData(["os.n", "os.median", "os.ci.spss.0"], stats, plan, populations);
  const entries = Object.values(data.ids);
  assert.equal(data.populations.length, 1);
  assert.equal(data.definitions.length, 1);
  assert.ok(entries.every((e) => e.population === 0 && e.definition === 0));
  assert.equal(data.populations[0]!.length, stats.os.n);
  assert.equal(data.ids["os.median"]!.subjects, 55);
  assert.equal(data.ids["os.median"]!.value, stats.os.median);
});

Deno.test("a record behind several populations is stored once, and expands to what explain gives", () => {
  const ids = ["pfs.sunitinib.n", "pfs_all_lines.n"];
  const data = lineageData(ids, stats, plan, populations);
  const [sunitinib, all] = ids.map((id) => data.populations[data.ids[id]!.population!]!);
  assert.equal(data.records.length, stats.pfs_all_lines.n, "every PFS line once");
  assert.ok(sunitinib!.every((i) => all!.includes(i)));
  const expanded = sunitinib!.map((i) => data.records[i]!);
  const explained = explain("pfs.sunitinib.n", stats, plan, populations).records;
  assert.deepEqual(expanded, explained!.map((r) => [r.usubjid, r.key, r.sources]));
});

Deno.test("a plan option's lineage is its value and its documentation, with no records", () => {
  const data = lineageData(["plan:daysPerMonth"], stats, plan, populations);
  const entry = data.ids["plan:daysPerMonth"]!;
  assert.equal(entry.value, 30.4375);
  assert.equal(entry.population, null);
  assert.match(data.definitions[entry.definition]!.meaning, /Days per month/);
  assert.throws(() => lineageData(["plan:nope"], stats, plan, populations), /not an option/);
  assert.throws(() => lineageData(["os.mean"], stats, plan, populations), /not an id of stats/);
});

Deno.test("the embedded JSON cannot close its script element", () => {
  const data = lineageData([], stats, plan, populations);
  data.records.push(["</script><script>alert(1)</script>", "", []]);
  const json = lineageJson(data);
  assert.doesNotMatch(json, /<\/script>/i);
  assert.deepEqual(JSON.parse(json), data);
});

Deno.test("a population larger than the page embeds keeps its counts but not its records", () => {
  const rows = Array.from({ length: MAX_EMBEDDED_RECORDS + 1 }, (_, i) => ({
    USUBJID: `S01-${i}`,
    PARAMCD: "OS",
    SRCREC: `S01/patients.csv row ${i + 2}`,
  }));
  const big = { ...stats, os: { ...stats.os, n: rows.length } };
  const data = lineageData(["os.n"], big, plan, populationsIn({ "analysis/adtte.csv": rows }));
  assert.equal(data.ids["os.n"]?.records, rows.length);
  assert.equal(data.ids["os.n"]?.subjects, rows.length);
  assert.equal(data.ids["os.n"]?.population, null);
  assert.deepEqual(data.records, []);
});
