/**
 * Figures stage: the publication's figures as standalone, byte-stable SVG files.
 *
 * Inputs: `outputs/analysis/{adsl,adrs,adtte}.csv` and `outputs/data-quality.json` (derive stage),
 * the analysis plan, and the regimen labels in `data/vocabulary/regimen-classes.csv`.
 * Outputs: `outputs/figures/`: one SVG per figure (overall survival, PFS by regimen class, swimmer,
 * waterfall, best response by regimen, flow diagram) and `index.json`, the list in figure order of
 * `{ file, title, caption }` that the report stage embeds in `results.md`.
 * Decisions: Observable Plot draws each figure in jsdom; figures are 680 px wide (a double
 * column), use the Okabe–Ito palette, and have Plot's generated ids renumbered per figure, so each
 * file's bytes depend only on its data. Survival is fitted in whole days (AVALDY) by the statistics
 * library and shown in months.
 *
 * @module
 */

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import { runStageProcess } from "../_shared/stage.ts";
import { readRegimenLabels } from "../_shared/regimen_classes.ts";
import { parseCourses } from "./courses.ts";
import { drawFigures } from "./draw_figures.ts";
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
      await writeFileAtomic(`${paths.out}/figures/${figure.file}`, figure.svg);
    }
    await writeJsonAtomic(
      `${paths.out}/figures/index.json`,
      figures.map(({ file, title, caption }) => ({ file, title, caption })),
    );
    return {
      rowsRead: courses.length + courses.reduce((n, c) => n + c.lines.length, 0),
      rowsWritten: figures.length,
    };
  });
}
