/**
 * The figures stage's pure core: the six figures, in the order of `index.json`, from the patients'
 * courses, the data-quality reconciliation, the regimen labels and the analysis plan.
 *
 * The regimen palette is built once here from every line of the cohort, so a regimen has the same
 * colour in the swimmer and waterfall plots.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { RegimenLabels } from "../_shared/regimen_classes.ts";
import type { DrawnFigure, SurvivalFigureOptions } from "./_common/figure.ts";
import type { PatientCourse } from "./courses.ts";
import { drawFlowDiagram } from "./flow_diagram/mod.ts";
import { flowCountsFrom } from "./flow_diagram/counts.ts";
import { drawOverallSurvival } from "./overall_survival/mod.ts";
import { regimenPalette } from "./_common/palette.ts";
import { drawPfsByClass } from "./pfs_by_class/mod.ts";
import { drawResponseBars } from "./response_bars/mod.ts";
import { drawSwimmer } from "./swimmer/mod.ts";
import { drawWaterfall } from "./waterfall/mod.ts";

/** Everything the figures are drawn from. */
export interface FigureInputs {
  courses: readonly PatientCourse[];
  /** The parsed `data-quality.json`. */
  quality: unknown;
  labels: RegimenLabels;
  plan: AnalysisPlan;
}

/** Draws every figure, in figure order. */
export function drawFigures(inputs: FigureInputs): DrawnFigure[] {
  const { courses, labels, plan } = inputs;
  const survival: SurvivalFigureOptions = {
    daysPerMonth: plan.daysPerMonth,
    level: plan.confidenceLevel,
    headlineCi: plan.headlineCi,
  };
  const lines = courses.flatMap((c) => c.lines);
  const palette = regimenPalette(lines.map((l) => l.regimen));
  return [
    drawOverallSurvival(courses.map((c) => ({ time: c.os.days, event: c.os.event })), survival),
    drawPfsByClass(
      lines.map((l) => ({ time: l.pfs.days, event: l.pfs.event, regimenClass: l.regimenClass })),
      labels.regimenClass,
      { ...survival, minimumClassSize: plan.minimumClassSizeForFigures },
    ),
    drawSwimmer(courses, palette, labels.regimen, { daysPerMonth: plan.daysPerMonth }),
    drawWaterfall(courses, palette, labels.regimen),
    drawResponseBars(courses, labels.regimen, { confirmation: plan.recist.confirmation }),
    drawFlowDiagram(flowCountsFrom(inputs.quality, courses)),
  ];
}
