/**
 * The most bytes a figure's SVG may have, at any cohort size. A journal's submission system and
 * a reader's browser both choke on multi-megabyte vector figures, and nothing a figure shows needs
 * that many: the swimmer plot and the waterfall draw a documented selection above `MAX_LANES` and
 * `MAX_BARS`, and a Kaplan–Meier curve is drawn with at most `DRAWN_SLICES` steps, so every figure
 * stays well under this at a million patients (`BENCHMARKS.md`). A figure above it is a defect of
 * the drawing code, and the stage stops rather than write it.
 *
 * @module
 */

/** 1 MiB. */
export const MAX_FIGURE_SVG_BYTES = 1_048_576;

/** The message naming each figure of `figures` whose SVG is over the limit, or null. */
export function oversizeMessage(figures: readonly { file: string; svg: string }[]): string | null {
  const over = figures
    .map((f) => ({ file: f.file, bytes: new TextEncoder().encode(f.svg).length }))
    .filter((f) => f.bytes > MAX_FIGURE_SVG_BYTES);
  if (over.length === 0) return null;
  return `figure${over.length > 1 ? "s" : ""} over the ${MAX_FIGURE_SVG_BYTES}-byte limit of an ` +
    `SVG: ${over.map((f) => `${f.file} (${f.bytes} bytes)`).join(", ")}. ` +
    "This is a defect of the figure's drawing code (it should draw a selection); please report it.";
}
