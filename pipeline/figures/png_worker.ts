/**
 * A worker that renders figures' PNGs: each message is one SVG with its print width, each reply
 * its PNG. Rendering runs off the stage's main thread, so that the main thread keeps watching for
 * its runner (a stage whose runner is gone stops within 50 ms, `parent_watch.ts`) and two figures
 * render at once on two cores.
 *
 * @module
 */

/// <reference lib="deno.worker" />

import { renderPng } from "./_common/png.ts";

/** A figure to render. */
export interface PngJob {
  index: number;
  svg: string;
  widthMm: number;
  dpi: number;
}

/** The worker's reply: ready for work, or a PNG, or why it could not be made. */
export type PngReply =
  | { ready: true }
  | { index: number; png: Uint8Array }
  | { index: number; error: string };

self.onmessage = (event: MessageEvent<PngJob>) => {
  const { index, svg, widthMm, dpi } = event.data;
  try {
    const png = renderPng(svg, { dpi, widthMm });
    self.postMessage({ index, png } satisfies PngReply);
  } catch (error) {
    self.postMessage({ index, error: (error as Error).message } satisfies PngReply);
  }
};

// A message posted while the worker was still loading (its renderer's wasm starts with a
// top-level await) can be lost: the pool sends work only after this.
self.postMessage({ ready: true } satisfies PngReply);
