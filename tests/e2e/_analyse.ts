/**
 * The analysis from the harmonised tables on, in this process: the derive, statistics, figures
 * and report stages' pure cores chained as the runner chains the stage processes, with the CSV
 * round trip between derive and statistics kept. Lets a test try many analysis plans on the
 * committed data in the time of one pipeline run.
 */

import { csvParse } from "d3-dsv";
import type { AnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import {
  parseAdsl,
  parseAdtte,
  parseBestResponses,
} from "../../pipeline/_shared/contracts/adam_records.ts";
import type { FigureEntry } from "../../pipeline/_shared/contracts/figures.ts";
import type { DatasetRow } from "../../pipeline/_shared/contracts/stats_ids.ts";
import type { Quality } from "../../pipeline/_shared/contracts/quality.ts";
import { populationsIn } from "../../pipeline/_shared/lineage/populations.ts";
import { numberSource } from "../../pipeline/_shared/prose/numbers.ts";
import {
  parseRegimenClasses,
  REGIMEN_CLASSES_FILE,
  regimenLabels,
} from "../../pipeline/_shared/regimen_classes.ts";
import { analysisText, deriveAnalysisDatasets } from "../../pipeline/derive/analysis_datasets.ts";
import { readHarmonised } from "../../pipeline/derive/read_harmonised.ts";
import { patientCourses } from "../../pipeline/figures/courses.ts";
import { drawFigures } from "../../pipeline/figures/draw_figures.ts";
import { figureEntry } from "../../pipeline/figures/_common/figure.ts";
import { renderReport } from "../../pipeline/report/render_report.ts";
import { CLAIMS, LINEAGE_DATASETS, PAGE_SCRIPT, PAGE_STYLE } from "../../pipeline/report/spec.ts";
import { computeStatistics } from "../../pipeline/statistics/compute.ts";

/** The harmonised tables and quality record of a run's interim folder. */
export async function harmonisedOf(interim: string) {
  return {
    data: await readHarmonised(`${interim}/harmonise`),
    quality: JSON.parse(
      await Deno.readTextFile(`${interim}/harmonise/quality.json`),
    ) as Quality,
  };
}

/** Every output of derive, statistics, figures and report under `plan`. */
export async function analyse(
  harmonised: Awaited<ReturnType<typeof harmonisedOf>>,
  plan: AnalysisPlan,
) {
  const derived = deriveAnalysisDatasets(harmonised.data, harmonised.quality, plan);
  const text = {
    "adsl.csv": analysisText(derived.tables["adsl.csv"]),
    "adrs.csv": analysisText(derived.tables["adrs.csv"]),
    "adtte.csv": analysisText(derived.tables["adtte.csv"]),
  };
  const records = {
    adsl: parseAdsl(text["adsl.csv"]),
    responses: parseBestResponses(text["adrs.csv"]),
    sensitivity: {
      parameter: plan.recist.confirmation ? "BOR" as const : "CBOR" as const,
      responses: parseBestResponses(
        text["adrs.csv"],
        "adrs.csv",
        plan.recist.confirmation ? "BOR" : "CBOR",
      ),
    },
    adtte: parseAdtte(text["adtte.csv"]),
    quality: derived.quality,
  };
  const { stats, curves } = computeStatistics(records, plan);
  const numbers = numberSource(stats, plan);
  const labels = regimenLabels(parseRegimenClasses(await Deno.readTextFile(REGIMEN_CLASSES_FILE)));
  const figures = drawFigures({
    numbers,
    curves,
    courses: patientCourses(records.adsl, records.responses, records.adtte),
    labels,
  });
  const index: FigureEntry[] = figures.map(figureEntry);
  const report = renderReport({
    stats,
    plan,
    labels,
    quality: derived.quality,
    figures: index,
    figureFiles: Object.fromEntries(figures.map((f) => [f.file, { kind: "svg", text: f.svg }])),
    populations: populationsIn(Object.fromEntries(
      LINEAGE_DATASETS.map((file) => [
        file,
        csvParse(text[file.replace("analysis/", "") as "adsl.csv"]) as DatasetRow[],
      ]),
    )),
    page: {
      style: await Deno.readTextFile(PAGE_STYLE),
      script: await Deno.readTextFile(PAGE_SCRIPT),
    },
    transcription: JSON.parse(await Deno.readTextFile(CLAIMS)),
    software: { lock: await Deno.readTextFile("deno.lock"), deno: Deno.version },
    context: {
      plan: { sha256: "test", differsFromCommitted: [] },
      code: { sha256: "test", files: 0 },
    },
  });
  return { derived, text, stats, curves, figures, report };
}
