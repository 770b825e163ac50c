import assert from "node:assert/strict";
import type { StageRecord } from "../../../pipeline/_shared/manifest/manifest.ts";
import {
  describeReason,
  type StageState,
  staleness,
} from "../../../pipeline/_shared/manifest/staleness.ts";

const record: StageRecord = {
  code: { sha256: "c", deno: "2.9.6", modules: { "p/mod.ts": "m1" }, packages: { "x@1": "i" } },
  inputs: { "<raw>/a.csv": "a1", "<plan>": "p1" },
  outputs: { "<out>/s.json": "s1" },
};

function now(): StageState {
  return {
    code: { sha256: "c", deno: "2.9.6", modules: { "p/mod.ts": "m1" }, packages: { "x@1": "i" } },
    inputs: {
      "<raw>/a.csv": { path: "raw/a.csv", sha256: "a1" },
      "<plan>": { path: "plan.json", sha256: "p1" },
    },
    outputs: { "<out>/s.json": { path: "out/s.json", sha256: "s1" } },
  };
}

Deno.test("a stage whose code, inputs and outputs match its record is up to date", () => {
  assert.deepEqual(staleness(record, now()), []);
});

Deno.test("a stage without a record is stale", () => {
  assert.deepEqual(staleness(undefined, now()).map(describeReason), [
    "no completed run of it is recorded",
  ]);
});

Deno.test("each kind of change is named with the machine path of its file", () => {
  const state = now();
  state.code.modules["p/mod.ts"] = "m2";
  state.code.modules["p/new.ts"] = "n1";
  state.code.packages = { "x@2": "j" };
  state.code.deno = "2.9.7";
  state.inputs["<plan>"]!.sha256 = "p2";
  state.inputs["<raw>/b.csv"] = { path: "raw/b.csv", sha256: "b1" };
  delete state.inputs["<raw>/a.csv"];
  state.outputs["<out>/s.json"]!.sha256 = "s2";
  assert.deepEqual(staleness(record, state).map(describeReason), [
    "Deno changed: 2.9.6 → 2.9.7",
    "code changed: p/mod.ts",
    "code added: p/new.ts",
    "package changed: x@1",
    "package changed: x@2",
    "input changed: plan.json",
    "input removed: <raw>/a.csv",
    "input added: raw/b.csv",
    "output modified: out/s.json",
  ]);
});

Deno.test("a missing output makes a stage stale; a file it did not record does not", () => {
  const missing = now();
  missing.outputs["<out>/s.json"]!.sha256 = null;
  assert.deepEqual(staleness(record, missing).map(describeReason), ["output missing: out/s.json"]);
  const extra = now();
  extra.outputs["<out>/stray.txt"] = { path: "out/stray.txt", sha256: "z" };
  assert.deepEqual(staleness(record, extra), []);
});
