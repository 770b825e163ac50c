import assert from "node:assert/strict";
import { plainText } from "../../pipeline/_shared/prose/inline.ts";
import { drawFlowDiagram } from "../../pipeline/figures/flow_diagram/mod.ts";
import { cohortInputs, markTexts, parseSvg } from "./_helpers.ts";

// The fixture cohort (tests/figures/fixtures/make_cohort.ts) screens 22 patient records at three
// sites (7, 7, 8), merges a duplicate row and a referral, excludes one patient without molecular
// confirmation and one treated outside the study window, and includes 18: 22 = 2 + 20, 20 = 2 + 18.

Deno.test("the flow diagram prints the fixture's counts of records screened, merged, excluded and included", async () => {
  const { numbers } = await cohortInputs();
  const svg = parseSvg(drawFlowDiagram(numbers).svg);
  const texts = [...markTexts(svg, "flow text bold"), ...markTexts(svg, "flow text normal")]
    .map((t) => t.text).join("\n");
  const n = (pattern: RegExp) => Number(pattern.exec(texts)?.[1]);
  assert.deepEqual([
    n(/Patient records screened \(n\s=\s(\d+)\)/),
    n(/Records merged into another \(n\s=\s(\d+)\)/),
    n(/Patients assessed for eligibility \(n\s=\s(\d+)\)/),
    n(/Patients excluded \(n\s=\s(\d+)\)/),
    n(/Patients included \(n\s=\s(\d+)\)/),
  ], [22, 2, 20, 2, 18]);
  assert.match(texts, /from 3 sites: S01:\s7, S02:\s7, S03:\s8/);
  assert.match(texts, /No molecular confirmation: 1/);
  assert.match(texts, /Same patient reported by a second site/);
});

Deno.test("the flow diagram counts every treated line for response, naming those without data", async () => {
  const { numbers, courses } = await cohortInputs();
  const lines = courses.flatMap((c) => c.lines).length;
  const figure = drawFlowDiagram(numbers);
  const texts = [...markTexts(parseSvg(figure.svg), "flow text normal")].map((t) => t.text);
  // The fixture plants one line without response data (S01-0006 line 1).
  assert.ok(texts.some((t) => t.includes(`${lines} lines of 18 patients`)), texts.join("\n"));
  assert.ok(texts.includes("1 line without response data"), texts.join("\n"));
  assert.match(
    plainText(figure.caption),
    new RegExp(`best overall response for all ${lines} lines, 1 of them without response data`),
  );
});
