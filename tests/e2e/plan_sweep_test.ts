/**
 * One plan, one set of words and numbers: for combinations of the plan's CI method, confidence
 * level, origin of overall survival and confirmation of responses, every number printed in the
 * Results, the tables and the figure captions equals its value in stats.json as its format prints
 * it, every printed median CI is the plan's method, and every sentence names the plan's level,
 * origin and confirmation rule. The eight plans cover every pair of choices (a pairwise design).
 */

import assert from "node:assert/strict";
import { csvParse } from "d3-dsv";
import { type AnalysisPlan, readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import { CI_METHOD_WORDS, levelText, osOriginWords } from "../../pipeline/_shared/plan_words.ts";
import { plainText } from "../../pipeline/_shared/prose/inline.ts";
import { expectedText } from "../../pipeline/_shared/prose/numbers.ts";
import { analyse, harmonisedOf } from "./_analyse.ts";
import { committedRun } from "./_committed_run.ts";

type Combination = [
  AnalysisPlan["headlineCi"],
  number,
  AnalysisPlan["overallSurvival"]["origin"],
  boolean,
];

const COMBINATIONS: Combination[] = [
  ["spss", 0.95, "advanced_diagnosis", false],
  ["spss", 0.9, "first_line_start", true],
  ["log", 0.95, "first_line_start", true],
  ["log", 0.9, "advanced_diagnosis", false],
  ["loglog", 0.95, "advanced_diagnosis", true],
  ["loglog", 0.9, "first_line_start", false],
  ["plain", 0.95, "first_line_start", false],
  ["plain", 0.9, "advanced_diagnosis", true],
];

const MEDIAN_CI = /(?:^|\.)ci\.(spss|log|loglog|plain)\.[01]$/;

Deno.test("every printed number, CI and method word follows the analysis plan", async (t) => {
  const run = await committedRun();
  assert.equal(run.code, 0, run.stderr);
  const harmonised = await harmonisedOf(run.interim);
  const committed = await readAnalysisPlan("pipeline/analysis-plan.json");
  for (const [headlineCi, level, origin, confirmation] of COMBINATIONS) {
    const name = `${headlineCi}, ${level}, ${origin}, confirmation ${confirmation}`;
    await t.step(name, async () => {
      const plan: AnalysisPlan = structuredClone(committed);
      Object.assign(plan, { headlineCi, confidenceLevel: level });
      plan.overallSurvival.origin = origin;
      plan.recist.confirmation = confirmation;
      const { text, stats, figures, report } = await analyse(harmonised, plan);

      // Every printed number is its stats.json value in its format.
      assert.ok(report.numberIndex.length > 300, `${report.numberIndex.length} numbers indexed`);
      for (const ref of report.numberIndex) {
        assert.equal(ref.text, expectedText(ref, stats, plan), `${ref.id} in ${ref.where}`);
      }
      // A median CI is the plan's, or printed where its method is named (the text, Table S1).
      for (const ref of report.numberIndex) {
        const method = MEDIAN_CI.exec(ref.id)?.[1] as keyof typeof CI_METHOD_WORDS | undefined;
        if (method === undefined || method === headlineCi) continue;
        const named = `${ref.where} ${ref.context}`.toLowerCase();
        assert.ok(
          named.includes(CI_METHOD_WORDS[method].short.toLowerCase()),
          `${ref.id} printed in ${ref.where} without naming its method`,
        );
      }
      // The level's words everywhere: no other level is named.
      const texts = [
        report.files["results.md"]!,
        ...Object.entries(report.files).filter(([f]) => f.startsWith("tables/")).map(([, t]) => t),
        ...figures.map((f) => plainText(f.caption) + f.svg),
      ].join("\n");
      const levels = new Set(
        [...texts.matchAll(/(\d+(?:\.\d+)?)% (?:CI|confidence)/g)].map((m) => `${m[1]}%`),
      );
      assert.deepEqual([...levels], [levelText(level)]);
      // The origin of overall survival.
      const words = osOriginWords(plan);
      const os = csvParse(text["adtte.csv"]).filter((r) => r.PARAMCD === "OS");
      assert.deepEqual([...new Set(os.map((r) => r.PARAM))], [words.title]);
      assert.equal(figures[0]!.title, words.title);
      assert.ok(figures[0]!.svg.includes(`>${words.axis}<`), "figure 1's time axis");
      assert.ok(plainText(figures[0]!.caption).includes(`from ${words.event} to death`));
      // Confirmation of responses.
      const headline = csvParse(text["adrs.csv"]).filter((r) => r.ANL01FL === "Y");
      assert.deepEqual([...new Set(headline.map((r) => r.PARAMCD))], [
        confirmation ? "CBOR" : "BOR",
      ]);
      const confirmed = /CR and PR confirmed by a later assessment/;
      const figure5 = plainText(figures[4]!.caption);
      const table2 = report.files["tables/table2-response-by-regimen.md"]!;
      for (const printed of [figure5, table2]) {
        if (confirmation) assert.match(printed, confirmed);
        else assert.doesNotMatch(printed, confirmed);
      }
    });
  }
});
