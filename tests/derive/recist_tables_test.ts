import assert from "node:assert/strict";
import {
  overallTimepointResponse,
  type TimepointComponents,
} from "../../pipeline/derive/recist/overall_timepoint_response.ts";
import { targetLesionResponse } from "../../pipeline/derive/recist/target_response.ts";
import { confirmationLevels } from "../../pipeline/derive/recist/confirmation.ts";
import type { NonTargetStatus, Response } from "../../pipeline/derive/recist/mod.ts";
import { timepoints } from "./_recist_helpers.ts";

const TARGETS = ["CR", "PR", "SD", "PD", null] as const;
const NON_TARGETS: (NonTargetStatus | null)[] = ["CR", "non-CR/non-PD", "PD", "NE", "none", null];
const NEW_LESIONS = [true, false, null] as const;
const DISEASES: TimepointComponents["disease"][] = ["target", "non-target only", "none"];
const RANK: Record<Response, number> = { CR: 4, PR: 3, SD: 2, NE: 1, PD: 0 };

function everyCombination(): TimepointComponents[] {
  return DISEASES.flatMap((disease) =>
    TARGETS.flatMap((target) =>
      NON_TARGETS.flatMap((nonTarget) =>
        NEW_LESIONS.map((newLesions) => ({ disease, target, nonTarget, newLesions }))
      )
    )
  );
}

Deno.test("overallTimepointResponse is PD for any new lesion or non-target PD, in all 270 combinations", () => {
  for (const c of everyCombination()) {
    const pd = c.newLesions === true || c.nonTarget === "PD" ||
      (c.disease === "target" && c.target === "PD");
    assert.equal(overallTimepointResponse(c) === "PD", pd, JSON.stringify(c));
  }
});

Deno.test("overallTimepointResponse gives CR only with no new lesions and nothing left", () => {
  for (const c of everyCombination()) {
    const cr = c.newLesions === false && (
      (c.disease === "target" && c.target === "CR" &&
        (c.nonTarget === "CR" || c.nonTarget === "none")) ||
      (c.disease === "non-target only" && c.nonTarget === "CR")
    );
    assert.equal(overallTimepointResponse(c) === "CR", cr, JSON.stringify(c));
  }
});

Deno.test("overallTimepointResponse is never better than the target response (Table 1)", () => {
  for (const c of everyCombination().filter((c) => c.disease === "target" && c.target)) {
    const target = c.target as Response;
    assert.ok(RANK[overallTimepointResponse(c)] <= RANK[target], JSON.stringify(c));
  }
});

Deno.test("overallTimepointResponse follows Table 1 rows for target disease", () => {
  const t = (target: TimepointComponents["target"], nonTarget: NonTargetStatus | null) =>
    overallTimepointResponse({ disease: "target", target, nonTarget, newLesions: false });
  assert.equal(t("CR", "CR"), "CR");
  assert.equal(t("CR", "non-CR/non-PD"), "PR");
  assert.equal(t("CR", "NE"), "PR");
  assert.equal(t("PR", "NE"), "PR");
  assert.equal(t("SD", null), "SD");
  assert.equal(t(null, "non-CR/non-PD"), "NE");
});

Deno.test("overallTimepointResponse without baseline disease is NE unless something is PD", () => {
  const none = (newLesions: boolean | null) =>
    overallTimepointResponse({ disease: "none", target: null, nonTarget: null, newLesions });
  assert.deepEqual([none(false), none(null), none(true)], ["NE", "NE", "PD"]);
});

Deno.test("targetLesionResponse applies PD before CR and CR before PR", () => {
  const at = (targetSumMm: number, nodalSumMm: number | null = null) =>
    targetLesionResponse(
      { targetSumMm, nodalSumMm, nodalMaxMm: null },
      { baselineSumMm: 100, nadirSumMm: 6 },
    );
  // Nodes 3 + 3 = 6 (nadir) -> 9 + 9 = 18: all nodes normal, but 180 >= 72 and +12 mm: PD.
  assert.equal(
    targetLesionResponse({ targetSumMm: 18, nodalSumMm: 18, nodalMaxMm: 9 }, {
      baselineSumMm: 100,
      nadirSumMm: 6,
    }),
    "PD",
  );
  assert.equal(at(9, 9), "CR"); // +3 mm over the nadir: not PD; nodes only, all < 10: CR
  assert.equal(at(9), "PR"); // 9 mm non-nodal left: 90 <= 700: PR
  assert.equal(at(10.9), "PR"); // +4.9 mm: not PD
  assert.equal(at(11), "PD"); // +5 mm and 110 >= 72: PD
});

Deno.test("confirmationLevels marks each time-point with the level it is confirmed at", () => {
  const levels = confirmationLevels(
    timepoints([[56, "CR"], [84, "CR"], [112, "PR"], [140, "SD"], [168, "PR"], [196, "PR"]]),
    28,
  );
  // 56 -> CR at 84 (28 days); 84 -> PR at 112 only; 112 -> SD at 140 breaks it; 168 -> 196.
  assert.deepEqual(levels, ["CR", "PR", null, null, "PR", null]);
  assert.deepEqual(confirmationLevels([], 28), []);
});
