/**
 * The PNGs of the drawn figures, for journals that ask for raster files beside the SVGs. Each
 * PNG is rendered from the SVG text that is written, so the two cannot drift; the renders run in
 * worker threads (`png_worker.ts`), in parallel, and come back in figure order, so the bytes do
 * not depend on which worker finished first.
 *
 * @module
 */

import type { DrawnFigure } from "./_common/figure.ts";
import type { PngJob, PngReply } from "./png_worker.ts";

/** Resolution of the PNG figures: the minimum most journals ask for line art with text. */
export const PNG_DPI = 300;

/** The machine has two cores: more workers would only queue. */
const WORKERS = 2;

/** Each figure's PNG at {@linkcode PNG_DPI} dpi and its print width, in figure order. */
export async function renderFigurePngs(
  figures: readonly DrawnFigure[],
  workers = WORKERS,
): Promise<Uint8Array[]> {
  const pngs: Uint8Array[] = new Array(figures.length);
  const queue: PngJob[] = figures.map((f, index) => ({
    index,
    svg: f.svg,
    widthMm: f.widthMm,
    dpi: PNG_DPI,
  }));
  const pool = Array.from(
    { length: Math.max(1, Math.min(workers, figures.length)) },
    () => new Worker(new URL("./png_worker.ts", import.meta.url), { type: "module" }),
  );
  try {
    await Promise.all(pool.map((worker) => drain(worker, queue, pngs, figures)));
  } finally {
    for (const worker of pool) worker.terminate();
  }
  return pngs;
}

/** Gives `worker`, once ready, figures from `queue` one at a time until the queue is empty. */
function drain(
  worker: Worker,
  queue: PngJob[],
  pngs: Uint8Array[],
  figures: readonly DrawnFigure[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = () => {
      const job = queue.shift();
      if (job === undefined) return resolve();
      worker.postMessage(job);
    };
    worker.onmessage = (event: MessageEvent<PngReply>) => {
      const reply = event.data;
      if ("ready" in reply) return next();
      if ("error" in reply) {
        queue.length = 0;
        return reject(
          new Error(`the PNG of ${figures[reply.index]!.file} failed: ${reply.error}`),
        );
      }
      pngs[reply.index] = reply.png;
      next();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      queue.length = 0;
      reject(new Error(`a PNG worker failed: ${event.message}`));
    };
  });
}
