/**
 * The committed figures in `outputs/figures/` each have their print PNG beside them, rendered from
 * that very SVG: the right size for its print width at 300 dpi, the dpi recorded, the same bytes as a fresh
 * render. (The end-to-end test regenerates everything; this one says which figure is off and how.)
 *
 * @module
 */

import assert from "node:assert/strict";
import { renderPng } from "../../pipeline/figures/_common/png.ts";
import { readPngChunks } from "../../pipeline/figures/_common/png_chunks.ts";
import type { FigureEntry } from "../../pipeline/_shared/contracts/figures.ts";
import { PNG_DPI } from "../../pipeline/figures/figure_files.ts";

const FIGURES = "outputs/figures";

Deno.test("every committed figure has a 300 dpi PNG beside it, rendered from that SVG", async (t) => {
  const index: FigureEntry[] = JSON.parse(Deno.readTextFileSync(`${FIGURES}/index.json`));
  assert.equal(index.length, 7);
  const listed = ["index.json", ...index.flatMap((f) => [f.file, f.png])].sort();
  const present = [...Deno.readDirSync(FIGURES)].map((e) => e.name).sort();
  assert.deepEqual(present, listed, "outputs/figures holds exactly the listed SVGs and PNGs");
  for (const entry of index) {
    await t.step(entry.png, () => {
      assert.equal(entry.png, entry.file.replace(/\.svg$/, ".png"));
      const svg = Deno.readTextFileSync(`${FIGURES}/${entry.file}`);
      const png = Deno.readFileSync(`${FIGURES}/${entry.png}`);
      const [header, phys] = readPngChunks(png).map((c) => new DataView(c.data.buffer));
      assert.equal(header!.getUint32(0), Math.round(entry.widthMm / 25.4 * PNG_DPI));
      assert.deepEqual([phys!.getUint32(0), phys!.getUint32(4), phys!.getUint8(8)], [
        11811,
        11811,
        1,
      ]);
      const fresh = renderPng(svg, { dpi: PNG_DPI, widthMm: entry.widthMm });
      assert.ok(
        fresh.length === png.length && fresh.every((byte, i) => byte === png[i]),
        `${entry.png} is not the render of ${entry.file}: run \`deno task figures\``,
      );
    });
  }
});
