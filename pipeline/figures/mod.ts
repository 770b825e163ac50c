/**
 * Figures stage: the publication's figures as standalone, byte-stable SVG files.
 *
 * Inputs: `outputs/analysis/{adsl,adrs,adtte}.csv` and `outputs/data-quality.json` (derive stage),
 * the analysis plan, and the regimen labels in `data/vocabulary/regimen-classes.csv`.
 * Outputs: `outputs/figures/`: one SVG per figure (overall survival, PFS by regimen class, swimmer,
 * waterfall, best response by regimen, flow diagram), the same figure as a 300 dpi PNG beside it,
 * and `index.json`, the list in figure order of `{ file, png, title, caption }` that the report
 * stage embeds in `results.md`.
 * Decisions: Observable Plot draws each figure in jsdom; figures are 680 px wide (a double
 * column), use the Okabe–Ito palette, and have Plot's generated ids renumbered per figure, so each
 * file's bytes depend only on its data. Survival is fitted in whole days (AVALDY) by the statistics
 * library and shown in months. PNGs are rendered from the SVGs with an embedded DejaVu Sans
 * (`_common/png.ts`), 2067 px wide (175 mm at 300 dpi), byte-identical from run to run.
 *
 * @module
 */

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import { runStageProcess } from "../_shared/stage.ts";
import { readRegimenLabels } from "../_shared/regimen_classes.ts";
import { parseCourses } from "./courses.ts";
import { drawFigures } from "./draw_figures.ts";
import { figureFiles, indexEntry } from "./figure_files.ts";
import { figuresStage } from "./spec.ts";

if (import.meta.main) {
  await runStageProcess(figuresStage, async (paths) => {
    const read = (name: string) => Deno.readTextFile(`${paths.out}/analysis/${name}`);
    const courses = parseCourses({
      adsl: await read("adsl.csv"),
      adrs: await read("adrs.csv"),
      adtte: await read("adtte.csv"),
    });
    const figures = drawFigures({
      courses,
      quality: JSON.parse(await Deno.readTextFile(`${paths.out}/data-quality.json`)),
      labels: await readRegimenLabels(),
      plan: await readAnalysisPlan(paths.plan),
    });
    for (const figure of figures) {
      for (const { name, data } of figureFiles(figure)) {
        await writeFileAtomic(`${paths.out}/figures/${name}`, data);
      }
    }
    await writeJsonAtomic(`${paths.out}/figures/index.json`, figures.map(indexEntry));
    return {
      rowsRead: courses.length + courses.reduce((n, c) => n + c.lines.length, 0),
      rowsWritten: figures.length,
    };
  });
}
