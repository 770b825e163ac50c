/**
 * The figures stage's pure core: the seven figures, in the order of `index.json`. Curves come from
 * `survival-curves.json`, every printed number from `stats.json`, and the per-patient drawing data
 * of the swimmer and waterfall plots from the analysis datasets.
 *
 * The regimen palette is built once here from every line of the cohort, so a regimen has the same
 * colour in every figure that colours regimens (today the swimmer plot; the waterfall and the
 * response bars colour by response, `_common/palette.ts`).
 *
 * @module
 */

import type { SurvivalCurves } from "../_shared/contracts/curves.ts";
import type { NumberSource } from "../_shared/prose/numbers.ts";
import type { RegimenLabels } from "../_shared/regimen_classes.ts";
import type { DrawnFigure } from "./_common/figure.ts";
import { regimenPalette } from "./_common/palette.ts";
import type { PatientCourse } from "./courses.ts";
import { drawFlowDiagram } from "./flow_diagram/mod.ts";
import { drawForestPlot } from "./forest_plot/mod.ts";
import { drawOverallSurvival } from "./overall_survival/mod.ts";
import { drawPfsByClass } from "./pfs_by_class/mod.ts";
import { drawResponseBars } from "./response_bars/mod.ts";
import { drawSwimmer } from "./swimmer/mod.ts";
import { drawWaterfall } from "./waterfall/mod.ts";

/** Everything the figures are drawn from. */
export interface FigureInputs {
  numbers: NumberSource;
  curves: SurvivalCurves;
  courses: readonly PatientCourse[];
  labels: RegimenLabels;
}

/** Draws every figure, in figure order. */
export function drawFigures(inputs: FigureInputs): DrawnFigure[] {
  const { numbers, curves, courses, labels } = inputs;
  const palette = regimenPalette(courses.flatMap((c) => c.lines.map((l) => l.regimen)));
  return [
    drawOverallSurvival(curves.os, numbers),
    drawPfsByClass(curves.pfs_by_class, labels.regimenClass, numbers),
    drawSwimmer(courses, palette, labels.regimen, numbers),
    drawWaterfall(courses, labels.regimen, numbers),
    drawResponseBars(labels.regimen, numbers),
    drawFlowDiagram(numbers),
    drawForestPlot(numbers),
  ];
}
