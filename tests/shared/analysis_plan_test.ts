import assert from "node:assert/strict";
import {
  PLAN_OPTIONS,
  readAnalysisPlan,
  validateAnalysisPlan,
} from "../../pipeline/_shared/analysis_plan.ts";

const committed = JSON.parse(await Deno.readTextFile("pipeline/analysis-plan.json"));

Deno.test("the committed analysis plan is valid", async () => {
  // Its values are the analyst's to change; only its validity is pinned here.
  await readAnalysisPlan("pipeline/analysis-plan.json");
});

Deno.test("every option of the plan is documented", () => {
  for (const [key, option] of Object.entries(PLAN_OPTIONS)) {
    assert.ok(option.doc.length > 20, `${key} needs a sentence of documentation`);
  }
});

Deno.test("an invalid plan is refused with every problem named", () => {
  const broken = structuredClone(committed);
  broken.recist.minimumStableDiseaseDays = -3;
  broken.headlineCi = "bootstrap";
  broken.extra = 1;
  delete broken.daysPerMonth;
  assert.throws(() => validateAnalysisPlan(broken, "plan.json"), (error: Error) => {
    assert.match(error.message, /analysis plan plan\.json is not valid/);
    assert.match(
      error.message,
      /recist\.minimumStableDiseaseDays must be a whole number of days >= 0 but found -3/,
    );
    assert.match(
      error.message,
      /headlineCi must be one of "spss", "log", "loglog", "plain" but found "bootstrap"/,
    );
    assert.match(error.message, /extra is not an option of the analysis plan/);
    assert.match(error.message, /daysPerMonth is missing/);
    return true;
  });
});

Deno.test("a therapy window that ends before it starts is refused", () => {
  const broken = structuredClone(committed);
  broken.eligibility.therapyWindow = { from: "2021-05-31", to: "1985-06-01" };
  assert.throws(() => validateAnalysisPlan(broken, "p"), /the window ends before it starts/);
});
