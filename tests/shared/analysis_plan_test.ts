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

Deno.test("the data cut-off, warnOnly and input limits are validated, each problem named", () => {
  const broken = structuredClone(committed);
  broken.dataCutoff = "2021-09-31";
  broken.plausibility.warnOnly = ["impossible-order", "empty-table"];
  broken.inputLimits = { fileMiB: 0.5, workbookPartMiB: 64 };
  assert.throws(() => validateAnalysisPlan(broken, "p"), (error: Error) => {
    assert.match(error.message, /dataCutoff must be a date as YYYY-MM-DD but found "2021-09-31"/);
    assert.match(
      error.message,
      /plausibility\.warnOnly must be a list of distinct rule ids among "event-after-death"/,
    );
    assert.match(
      error.message,
      /inputLimits\.fileMiB must be a whole number of MiB from 1 to 4096/,
    );
    return true;
  });
  const fine = structuredClone(committed);
  fine.plausibility.warnOnly = ["empty-table", "event-after-death"];
  assert.doesNotThrow(() => validateAnalysisPlan(fine, "p"));
});

Deno.test("a therapy window that ends after the data cut-off is refused", () => {
  const broken = structuredClone(committed);
  broken.dataCutoff = "2020-12-31";
  assert.throws(
    () => validateAnalysisPlan(broken, "p"),
    /eligibility\.therapyWindow\.to must be a window that ends on or before the data cut-off \(2020-12-31\)/,
  );
});
