import assert from "node:assert/strict";
import { claimFlips } from "../../pipeline/audit/diff/claim_changes.ts";
import { compareOutputs } from "../../pipeline/audit/diff/compare_outputs.ts";
import {
  populationChanges,
  rowChanges,
  rowKeys,
} from "../../pipeline/audit/diff/dataset_changes.ts";
import { diffMarkdown } from "../../pipeline/audit/diff/diff_markdown.ts";
import { launchArgs } from "../../pipeline/audit/diff/launch.ts";
import { flattenStatistics, statisticsChanges } from "../../pipeline/audit/diff/stats_changes.ts";
import { runPipelineProcess } from "../e2e/_pipeline.ts";
import { rawWithMovedDeath } from "../e2e/_run_state.ts";

Deno.test("stats.json leaves are named by the dotted ids the report looks numbers up by", () => {
  const ids = flattenStatistics({ os: { median: 15, ci: { spss: [3, 27] } }, flags: {}, n: null });
  assert.deepEqual([...ids], [
    ["os.median", 15],
    ["os.ci.spss.0", 3],
    ["os.ci.spss.1", 27],
    ["flags", {}],
    ["n", null],
  ]);
});

Deno.test("a changed statistic comes with its absolute and relative change", () => {
  const changes = statisticsChanges(
    { os: { median: 15, n: 0, rule: "spss" }, gone: 1 },
    { os: { median: 16.5, n: 2, rule: "r" }, new: [1] },
  );
  assert.deepEqual(changes.changed, [
    { id: "os.median", old: 15, new: 16.5, absolute: 1.5, relative: 0.1 },
    { id: "os.n", old: 0, new: 2, absolute: 2, relative: null },
    { id: "os.rule", old: "spss", new: "r", absolute: null, relative: null },
  ]);
  assert.deepEqual(changes.added, [{ id: "new.0", value: 1 }]);
  assert.deepEqual(changes.removed, [{ id: "gone", value: 1 }]);
});

Deno.test("only claims whose verdict changed are flipped", () => {
  const claim = (id: string, match: boolean, reproduced: number) => ({
    id,
    statistic: `s.${id}`,
    published: 15,
    reproduced,
    match,
  });
  const flips = claimFlips(
    { checks: [claim("a", true, 15), claim("b", true, 15), claim("c", false, 3)] },
    { checks: [claim("a", false, 17), claim("b", true, 15), claim("c", false, 4)] },
  );
  assert.deepEqual(flips.map((f) => [f.id, f.old?.match, f.new?.match]), [["a", true, false]]);
});

Deno.test("rows are keyed by subject, parameter and line, and by date where those repeat", () => {
  assert.deepEqual(rowKeys([{ USUBJID: "S1" }, { USUBJID: "S2" }]), ["S1", "S2"]);
  assert.deepEqual(
    rowKeys([
      { USUBJID: "S1", PARAMCD: "OS", LINE: "" },
      { USUBJID: "S1", PARAMCD: "PFS", LINE: "1" },
    ]),
    ["S1 / OS", "S1 / PFS / 1"],
  );
  assert.deepEqual(
    rowKeys([
      { USUBJID: "S1", PARAMCD: "OVRLRESP", LINE: "1", ADT: "2001-01-01" },
      { USUBJID: "S1", PARAMCD: "OVRLRESP", LINE: "1", ADT: "2001-03-01" },
      { USUBJID: "S1", PARAMCD: "OVRLRESP", LINE: "1", ADT: "2001-03-01" },
      { USUBJID: "S1", PARAMCD: "BOR", LINE: "1", ADT: "2001-03-01" },
    ]),
    [
      "S1 / OVRLRESP / 1 / 2001-01-01",
      "S1 / OVRLRESP / 1 / 2001-03-01",
      "S1 / OVRLRESP / 1 / 2001-03-01 #2",
      "S1 / BOR / 1",
    ],
  );
});

Deno.test("subjects entering or leaving a population are named per dataset and parameter", () => {
  const before = [
    { USUBJID: "S1", PARAMCD: "OS" },
    { USUBJID: "S2", PARAMCD: "OS" },
    { USUBJID: "S2", PARAMCD: "PFS" },
  ];
  const after = [{ USUBJID: "S1", PARAMCD: "OS" }, { USUBJID: "S1", PARAMCD: "PFS" }];
  assert.deepEqual(populationChanges("adtte.csv", before, after), [
    { dataset: "adtte.csv", population: "all rows", entered: [], left: ["S2"] },
    { dataset: "adtte.csv", population: "PARAMCD=OS", entered: [], left: ["S2"] },
    { dataset: "adtte.csv", population: "PARAMCD=PFS", entered: ["S1"], left: ["S2"] },
  ]);
});

Deno.test("a changed row is reported by key and column; added and removed rows by key", () => {
  const changes = rowChanges(
    "adsl.csv",
    [{ USUBJID: "S1", DTHDT: "2008-08-02" }, { USUBJID: "S2", DTHDT: "" }],
    [{ USUBJID: "S1", DTHDT: "2008-10-01" }, { USUBJID: "S3", DTHDT: "" }],
  );
  assert.deepEqual(changes, {
    dataset: "adsl.csv",
    keyColumns: ["USUBJID"],
    changed: [{ key: "S1", column: "DTHDT", old: "2008-08-02", new: "2008-10-01" }],
    added: ["S3"],
    removed: ["S2"],
  });
});

Deno.test("identical outputs compare equal, and the report says so", () => {
  const files = new Map([["stats.json", new TextEncoder().encode('{"a": 1}')]]);
  const diff = compareOutputs({ label: "A", files }, { label: "B", files });
  assert.equal(diff.equal, true);
  assert.match(diffMarkdown(diff, 1), /No differences: both hold the same 1 files, byte for byte/);
});

Deno.test("the diff task may read the folders it compares and start git, nothing else", () => {
  assert.deepEqual(launchArgs(["outputs", "/tmp/a,b/out", "--json"]), [
    "run",
    "--no-prompt",
    "--allow-read=outputs,/tmp",
    "--allow-run=git",
    "pipeline/audit/diff/mod.ts",
    "outputs",
    "/tmp/a,b/out",
    "--json",
  ]);
});

async function diffTask(args: string[]): Promise<{ code: number; stdout: string }> {
  const { code, stdout } = await new Deno.Command("deno", {
    args: ["run", "--no-prompt", "--allow-run=deno", "pipeline/audit/diff/launch.ts", ...args],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code, stdout: new TextDecoder().decode(stdout) };
}

Deno.test("deno task diff exits 0 for equal outputs and 2 when a side is neither folder nor revision", async () => {
  assert.equal((await diffTask(["outputs", "outputs"])).code, 0);
  assert.equal((await diffTask(["HEAD", "HEAD"])).code, 0);
  assert.equal((await diffTask(["outputs", "no-such-folder-or-revision"])).code, 2);
  assert.equal((await diffTask(["outputs"])).code, 2);
});

Deno.test("after one patient's date of death moved, diff names os.median and its interval, the ADTTE row and the subject", async () => {
  const folder = await Deno.makeTempDir({ prefix: "moved-death-" });
  const raw = await rawWithMovedDeath(folder);
  const out = `${folder}/out`;
  await runPipelineProcess(["--raw", raw, "--out", out, "--interim", `${folder}/interim`]);
  const { code, stdout } = await diffTask(["outputs", out, "--json"]);
  assert.equal(code, 1);
  const diff = JSON.parse(stdout);
  const changed = new Map(
    diff.statistics.changed.map((c: { id: string; old: number; new: number }) => [c.id, c]),
  );
  for (const id of ["os.median", "os.ci.spss.0", "os.ci.spss.1"]) assert.ok(changed.has(id), id);
  assert.deepEqual(changed.get("os.median"), {
    id: "os.median",
    old: 15.0144,
    new: 16.9856,
    absolute: 16.9856 - 15.0144,
    relative: (16.9856 - 15.0144) / 15.0144,
  });
  const adtte = diff.rows.find((r: { dataset: string }) => r.dataset === "adtte.csv");
  assert.deepEqual(
    adtte.changed.map((c: { key: string; column: string }) => `${c.key}: ${c.column}`),
    ["S10-0203 / OS: ADT", "S10-0203 / OS: AVAL", "S10-0203 / OS: AVALDY"],
  );
  assert.deepEqual(
    diff.claims.map((c: { id: string }) => c.id),
    ["os-median", "os-ci-lower", "os-ci-upper"],
  );
  assert.deepEqual(diff.populations, []);
  const markdown = (await diffTask(["outputs", out])).stdout;
  assert.match(markdown, /\| os\.median \| 15\.0144 \| 16\.9856 \| \+1\.9712 \| \+13\.1% \|/);
  assert.match(markdown, /\| S10-0203 \/ OS \| ADT \| 2008-08-02 \| 2008-10-01 \|/);
});
