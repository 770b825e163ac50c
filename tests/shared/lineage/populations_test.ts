import assert from "node:assert/strict";
import { csvParse } from "d3-dsv";
import type {
  DatasetRow,
  StatisticDefinition,
} from "../../../pipeline/_shared/contracts/stats_ids.ts";
import {
  lineageRecord,
  populationKey,
  PopulationScan,
  populationsIn,
} from "../../../pipeline/_shared/lineage/populations.ts";
import {
  populationsOfStatistics,
  scanPopulations,
} from "../../../pipeline/_shared/lineage/scan_datasets.ts";

const DEFINITION: StatisticDefinition = {
  id: "pfs.<regimen>.n",
  meaning: "test",
  computedBy: "test",
  dataset: "analysis/adtte.csv",
  filter: "PARAMCD = PFS, REGIMEN = <regimen>",
  select: (p) => (row) => row.PARAMCD === "PFS" && row.REGIMEN === p.regimen,
  planOptions: [],
};

// Subjects out of order and repeated, as ADTTE is (OS rows first, then PFS lines).
const ROWS: DatasetRow[] = [
  { USUBJID: "S02-0001", PARAMCD: "OS", SRCREC: "S02/p.csv row 2" },
  { USUBJID: "S01-0001", PARAMCD: "OS", SRCREC: "S01/p.csv row 2" },
  { USUBJID: "S02-0001", PARAMCD: "PFS", LINE: "1", REGIMEN: "a", SRCREC: "S02/l.csv row 2" },
  { USUBJID: "S01-0001", PARAMCD: "PFS", LINE: "1", REGIMEN: "a", SRCREC: "S01/l.csv row 2" },
  { USUBJID: "S02-0001", PARAMCD: "PFS", LINE: "2", REGIMEN: "a", SRCREC: "S02/l.csv row 3" },
  { USUBJID: "S01-0001", PARAMCD: "PFS", LINE: "2", REGIMEN: "b", SRCREC: "S01/l.csv row 3" },
];

Deno.test("a scan counts records and distinct subjects in any row order", () => {
  const wanted = [{ definition: DEFINITION, params: { regimen: "a" } }];
  const scan = new PopulationScan(wanted, Infinity);
  for (const row of ROWS) scan.visit("analysis/adtte.csv", row);
  const a = scan.result().get(populationKey(wanted[0]!))!;
  assert.equal(a.count, 3);
  assert.equal(a.subjects, 2);
  assert.deepEqual(a.records, ROWS.filter((r) => r.REGIMEN === "a").map(lineageRecord));
  assert.deepEqual(a.records![0], {
    usubjid: "S02-0001",
    key: "PFS line 1",
    sources: ["S02/l.csv row 2"],
  });
});

Deno.test("a population above the limit keeps its counts and drops its records", () => {
  const wanted = [
    { definition: DEFINITION, params: { regimen: "a" } },
    { definition: DEFINITION, params: { regimen: "b" } },
  ];
  const scan = new PopulationScan(wanted, 2);
  for (const row of ROWS) scan.visit("analysis/adtte.csv", row);
  scan.visit("analysis/adsl.csv", { USUBJID: "S09-0001", REGIMEN: "a", PARAMCD: "PFS" });
  const [a, b] = wanted.map((w) => scan.result().get(populationKey(w))!);
  assert.deepEqual([a!.count, a!.subjects, a!.records], [3, 2, null]);
  assert.deepEqual([b!.count, b!.subjects, b!.records?.length], [1, 1, 1]);
});

Deno.test("streaming the committed datasets finds every statistic's population as parsing them whole does", async () => {
  const stats = JSON.parse(await Deno.readTextFile("outputs/stats.json"));
  const wanted = populationsOfStatistics(stats);
  assert.ok(wanted.length > 50, `${wanted.length} populations`);
  const streamed = await scanPopulations("outputs", wanted, Infinity);
  const datasets: Record<string, DatasetRow[]> = {};
  for (const file of new Set(wanted.map((w) => w.definition.dataset))) {
    datasets[file] = csvParse(await Deno.readTextFile(`outputs/${file}`)) as DatasetRow[];
  }
  const whole = populationsIn(datasets);
  for (const w of wanted) assert.deepEqual(streamed(w), whole(w), populationKey(w));
  assert.equal(streamed(wanted[0]!).records?.length, streamed(wanted[0]!).count);
});
