/**
 * Figures stage: the publication's figures as standalone, byte-stable SVG files.
 *
 * Inputs: `outputs/stats.json` and `outputs/survival-curves.json` (statistics stage),
 * `outputs/analysis/{adsl,adrs,adtte}.csv` (derive stage; drawing data of the swimmer and
 * waterfall plots), the analysis plan, and the regimen labels in
 * `data/vocabulary/regimen-classes.csv`.
 * Outputs: `outputs/figures/`: one SVG per figure (overall survival, PFS by regimen class, swimmer,
 * waterfall, best response by regimen, survival by prognostic factor, flow diagram), the same
 * figure as a 300 dpi PNG beside it (for journals that ask for raster files; rendered from the
 * SVG with an embedded DejaVu Sans, `_common/png.ts`), and `index.json`, the list in figure order
 * of `{ file, png, title, caption, alt, widthMm }` that the report stage places in `results.md`.
 * Decisions: no statistic is computed here; every number a figure prints is read from stats.json
 * by id, and a figure whose drawing data disagree with the statistics' counts stops the stage.
 * Observable Plot draws each figure in jsdom, at the pixel width of its print width (a single
 * column of 85 mm or a double column of 175 mm, `_common/print_size.ts`), with one colour per
 * entity (`_common/palette.ts`) and Plot's generated ids renumbered per figure, so each file's
 * bytes depend only on its data.
 *
 * @module
 */

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import { adslReader, adtteReader, bestResponseReader } from "../_shared/contracts/adam_records.ts";
import { readCsvRows } from "../_shared/csv_read.ts";
import type { SurvivalCurves } from "../_shared/contracts/curves.ts";
import type { FigureEntry } from "../_shared/contracts/figures.ts";
import type { Statistics } from "../_shared/contracts/stats.ts";
import { numberSource } from "../_shared/prose/numbers.ts";
import { readRegimenLabels } from "../_shared/regimen_classes.ts";
import { PipelineError, runStageProcess } from "../_shared/stage.ts";
import { figureEntry } from "./_common/figure.ts";
import { patientCourses } from "./courses.ts";
import { drawFigures } from "./draw_figures.ts";
import { renderFigurePngs } from "./figure_files.ts";
import { oversizeMessage } from "./_common/figure_size.ts";
import { figuresStage } from "./spec.ts";

if (import.meta.main) {
  await runStageProcess(figuresStage, async (paths) => {
    const read = (name: string) => Deno.readTextFile(`${paths.out}/${name}`);
    const analysis = `${paths.out}/analysis`;
    const courses = patientCourses(
      await readCsvRows(`${analysis}/adsl.csv`, adslReader()),
      await readCsvRows(`${analysis}/adrs.csv`, bestResponseReader()),
      await readCsvRows(`${analysis}/adtte.csv`, adtteReader()),
    );
    const stats = JSON.parse(await read("stats.json")) as Statistics;
    const figures = drawFigures({
      numbers: numberSource(stats, await readAnalysisPlan(paths.plan)),
      curves: JSON.parse(await read("survival-curves.json")) as SurvivalCurves,
      courses,
      labels: await readRegimenLabels(),
    });
    const oversize = oversizeMessage(figures);
    if (oversize !== null) throw new PipelineError(oversize);
    const pngs = await renderFigurePngs(figures);
    const index: FigureEntry[] = figures.map(figureEntry);
    for (const [i, figure] of figures.entries()) {
      await writeFileAtomic(`${paths.out}/figures/${figure.file}`, figure.svg);
      await writeFileAtomic(`${paths.out}/figures/${index[i]!.png}`, pngs[i]!);
    }
    await writeJsonAtomic(`${paths.out}/figures/index.json`, index);
    return {
      rowsRead: courses.length + courses.reduce((n, c) => n + c.lines.length, 0),
      rowsWritten: figures.length,
    };
  });
}
