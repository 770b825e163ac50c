import assert from "node:assert/strict";
import {
  diseaseAfterCompleteResponse,
  type DiseaseSigns,
} from "../../pipeline/derive/recist/disease_after_complete_response.ts";

/** Signs with no target nodes and no non-target lesions, target sum `sum` (mm). */
function signs(sum: number | null, more: Partial<DiseaseSigns> = {}): DiseaseSigns {
  return { targetSumMm: sum, nodalSumMm: null, nodalMaxMm: null, nonTarget: "none", ...more };
}

Deno.test("diseaseAfterCompleteResponse sees any non-nodal target lesion, however small", () => {
  // 0.1 - 0 > 0: a lesion is measurable again; 0 mm is not.
  assert.equal(diseaseAfterCompleteResponse(signs(0.1)), true);
  assert.equal(diseaseAfterCompleteResponse(signs(0)), false);
});

Deno.test("diseaseAfterCompleteResponse does not count residual nodes under 10 mm as disease", () => {
  // Two nodes of 9 mm: nodal sum 18 = target sum, largest 9 < 10: a CR's normal nodes.
  assert.equal(
    diseaseAfterCompleteResponse(signs(18, { nodalSumMm: 18, nodalMaxMm: 9 })),
    false,
  );
});

Deno.test("diseaseAfterCompleteResponse sees a node back to 10 mm short axis", () => {
  // 10 - 10 = 0 >= 0: exactly 10 mm is pathological (a normal node is < 10 mm).
  assert.equal(
    diseaseAfterCompleteResponse(signs(19, { nodalSumMm: 19, nodalMaxMm: 10 })),
    true,
  );
  // 9.9 mm is not: 9.9 - 10 < 0.
  assert.equal(
    diseaseAfterCompleteResponse(signs(19.9, { nodalSumMm: 19.9, nodalMaxMm: 9.9 })),
    false,
  );
});

Deno.test("diseaseAfterCompleteResponse sees a non-nodal lesion beside normal nodes", () => {
  // Sum 20 - nodal 16 = 4 > 0: a non-nodal lesion is back although every node is < 10 mm.
  assert.equal(
    diseaseAfterCompleteResponse(signs(20, { nodalSumMm: 16, nodalMaxMm: 8 })),
    true,
  );
});

Deno.test("diseaseAfterCompleteResponse lets the nodal sum stand in for a missing largest node", () => {
  // Largest node unknown: the nodal sum (9, then 12) stands in for it, as for CR.
  assert.equal(diseaseAfterCompleteResponse(signs(9, { nodalSumMm: 9 })), false);
  assert.equal(diseaseAfterCompleteResponse(signs(12, { nodalSumMm: 12 })), true);
});

Deno.test("diseaseAfterCompleteResponse sees non-target lesions present again, not a missing sum", () => {
  assert.equal(diseaseAfterCompleteResponse(signs(0, { nonTarget: "non-CR/non-PD" })), true);
  assert.equal(diseaseAfterCompleteResponse(signs(null, { nonTarget: "CR" })), false);
  assert.equal(diseaseAfterCompleteResponse(signs(null, { nonTarget: null })), false);
});
