/**
 * Shared fixtures and SVG readers of the figure tests: the small cohort under `fixtures/cohort/`
 * (made by `fixtures/make_cohort.ts`), the committed analysis plan, and helpers that read back
 * what a figure drew (texts of a mark, tick positions) from its SVG text.
 *
 * @module
 */

// @ts-types="@types/jsdom"
import { JSDOM } from "jsdom";
import { readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import type { AnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import {
  parseAdsl,
  parseAdtte,
  parseBestResponses,
} from "../../pipeline/_shared/contracts/adam_records.ts";
import type { Quality } from "../../pipeline/_shared/contracts/quality.ts";
import { numberSource } from "../../pipeline/_shared/prose/numbers.ts";
import { parseRegimenClasses, regimenLabels } from "../../pipeline/_shared/regimen_classes.ts";
import { patientCourses } from "../../pipeline/figures/courses.ts";
import { computeStatistics, type StatisticsInput } from "../../pipeline/statistics/compute.ts";

export const COHORT = "tests/figures/fixtures/cohort";

/** The fixture cohort's analysis datasets and data-quality record, parsed. */
export function cohortRecords(): StatisticsInput {
  const read = (name: string) => Deno.readTextFileSync(`${COHORT}/${name}`);
  return {
    adsl: parseAdsl(read("adsl.csv")),
    responses: parseBestResponses(read("adrs.csv")),
    sensitivity: {
      parameter: "CBOR",
      responses: parseBestResponses(read("adrs.csv"), "adrs.csv", "CBOR"),
    },
    adtte: parseAdtte(read("adtte.csv")),
    quality: JSON.parse(read("data-quality.json")) as Quality,
  };
}

/** The fixture cohort's regimen labels. */
export function cohortLabels() {
  return regimenLabels(
    parseRegimenClasses(Deno.readTextFileSync(`${COHORT}/regimen-classes.csv`)),
  );
}

/**
 * Everything `drawFigures` needs for `records` (the fixture cohort by default) under `plan`
 * (the committed plan by default): the statistics stage's core runs first, as in the pipeline.
 */
export async function cohortInputs(
  records: StatisticsInput = cohortRecords(),
  plan?: AnalysisPlan,
) {
  const usedPlan = plan ?? await readAnalysisPlan("pipeline/analysis-plan.json");
  const { stats, curves } = computeStatistics(records, usedPlan);
  return {
    numbers: numberSource(stats, usedPlan),
    stats,
    curves,
    courses: patientCourses(records.adsl, records.responses, records.adtte),
    labels: cohortLabels(),
    plan: usedPlan,
  };
}

/** Parses `svg` as XML; throws when it is not well-formed. */
export function parseSvg(svg: string): Document {
  const parser = new (new JSDOM("").window.DOMParser)();
  const document = parser.parseFromString(svg, "image/svg+xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

/** A drawn element's position: the sum of its own and its ancestors' translations. */
export function position(element: Element): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let e: Element | null = element; e !== null; e = e.parentElement) {
    const match = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(e.getAttribute("transform") ?? "");
    if (match) {
      x += Number(match[1]);
      y += Number(match[2]);
    }
    x += Number(e.tagName === "text" ? e.getAttribute("x") ?? 0 : 0);
  }
  return { x, y };
}

/**
 * The `<text>` elements of the marks with `aria-description` = `description`, in order, in
 * `within` (a parsed SVG file, or one of its elements such as a panel).
 */
export function markTexts(within: ParentNode, description: string) {
  return [...within.querySelectorAll(`g[aria-description="${description}"] text`)].map((t) => ({
    text: t.textContent ?? "",
    ...position(t),
  }));
}

/** Positions of the x-axis ticks of the plots in `within`. */
export function xTickPositions(within: ParentNode): number[] {
  return [...within.querySelectorAll('g[aria-label="x-axis tick"] path')].map((p) => position(p).x);
}

/** The tick labels of the x axes in `within`, as drawn. */
export function xTickLabels(within: ParentNode): string[] {
  return [...within.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) =>
    t.textContent ?? ""
  );
}
