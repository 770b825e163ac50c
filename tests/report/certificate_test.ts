import assert from "node:assert/strict";
import { certificateJson, certificateMarkdown } from "../../pipeline/report/certificate.ts";
import type { ClaimCheck } from "../../pipeline/report/claims.ts";
import { type RunContext, runContext, sha256 } from "../../pipeline/report/run_context.ts";

const CONTEXT: RunContext = {
  plan: {
    sha256: "ab12",
    differsFromCommitted: [{ option: "headlineCi", committed: "spss", run: "log" }],
  },
  code: { sha256: "cd34", files: 120 },
};

const check = (id: string, match: boolean): ClaimCheck => ({
  id,
  quote: `quote of ${id}`,
  claim: `claim ${id}`,
  published: 15,
  precision: "integer",
  statistic: "os.median",
  reproduced: match ? 15 : 14,
  computed: match ? 15.01 : 13.9,
  match,
});

Deno.test("the certificate says plainly when every claim is reproduced", () => {
  const text = certificateMarkdown(
    [check("a", true), check("b", true)],
    "Source",
    CONTEXT,
    "enforce",
  );
  assert.match(text, /\*\*All 2 claims of the abstract are reproduced\*\*/);
  assert.equal(
    JSON.parse(certificateJson([check("a", true)], "Source", CONTEXT, "enforce")).reproduced,
    true,
  );
});

Deno.test("the certificate counts and marks the claims that are not reproduced", () => {
  const text = certificateMarkdown(
    [check("a", true), check("b", false)],
    "Source",
    CONTEXT,
    "enforce",
  );
  assert.match(text, /\*\*1 of 2 claims are NOT reproduced\*\* \(1 match\)/);
  assert.match(text, /\| 2 \| claim b \| 15 \| 14 \| 13\.9 \| `os\.median` \| ✗ \|/);
  const json = JSON.parse(
    certificateJson([check("a", true), check("b", false)], "Source", CONTEXT, "enforce"),
  );
  assert.deepEqual([json.claims, json.matched, json.mismatched, json.reproduced], [2, 1, 1, false]);
});

Deno.test("the certificate names the plan's changed options, its hash, the code's hash and the mode", () => {
  const text = certificateMarkdown([check("a", true)], "Source", CONTEXT, "record");
  assert.match(
    text,
    /sha256 `ab12`; differs from the committed plan in 1 option: `headlineCi` "log" \(committed "spss"\)/,
  );
  assert.match(text, /Code: sha256 `cd34` over the 120 source files/);
  assert.match(text, /Mode: `record`/);
  const json = JSON.parse(certificateJson([check("a", true)], "Source", CONTEXT, "record"));
  assert.deepEqual(json.context, CONTEXT);
});

Deno.test("runContext lists every option that differs and hashes the code independently of file order", () => {
  const committed = JSON.stringify({ a: 1, b: { c: [6, 12] }, d: "x" });
  const run = JSON.stringify({ a: 2, b: { c: [6, 12] }, d: "x", e: true });
  const files = [
    { path: "pipeline/b.ts", bytes: new TextEncoder().encode("b") },
    { path: "pipeline/a.ts", bytes: new TextEncoder().encode("a") },
  ];
  const context = runContext(run, committed, files);
  assert.deepEqual(context.plan.differsFromCommitted, [
    { option: "a", committed: 1, run: 2 },
    { option: "e", committed: null, run: true },
  ]);
  assert.equal(context.plan.sha256, sha256(run));
  assert.equal(context.code.sha256, runContext(run, committed, files.toReversed()).code.sha256);
  const changed = [{ ...files[0]!, bytes: new TextEncoder().encode("B") }, files[1]!];
  assert.notEqual(runContext(run, committed, changed).code.sha256, context.code.sha256);
});
