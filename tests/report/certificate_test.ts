import assert from "node:assert/strict";
import { certificateJson, certificateMarkdown } from "../../pipeline/report/certificate.ts";
import type { ClaimCheck } from "../../pipeline/report/claims.ts";

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
  const text = certificateMarkdown([check("a", true), check("b", true)], "Source");
  assert.match(text, /\*\*All 2 claims of the abstract are reproduced\*\*/);
  assert.equal(JSON.parse(certificateJson([check("a", true)], "Source")).reproduced, true);
});

Deno.test("the certificate counts and marks the claims that are not reproduced", () => {
  const text = certificateMarkdown([check("a", true), check("b", false)], "Source");
  assert.match(text, /\*\*1 of 2 claims are NOT reproduced\*\* \(1 match\)/);
  assert.match(text, /\| 2 \| claim b \| 15 \| 14 \| 13\.9 \| `os\.median` \| ✗ \|/);
  const json = JSON.parse(certificateJson([check("a", true), check("b", false)], "Source"));
  assert.deepEqual([json.claims, json.matched, json.mismatched, json.reproduced], [2, 1, 1, false]);
});
