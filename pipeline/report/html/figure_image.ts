/**
 * A figure's image inside the HTML report, so that the page needs no other file: an SVG is
 * inlined, with its ids prefixed (two Plot figures both define `plot-clip-1`, and in one page the
 * second would clip with the first one's shape) and its text alternative as `aria-label`; any
 * other image (a PNG) is embedded as a data URL.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import type { FigureEntry } from "../../_shared/contracts/figures.ts";
import { escapeHtml } from "./escape.ts";

/** A figure file's content: SVG text, or the bytes of a raster image. */
export type FigureFile = { kind: "svg"; text: string } | { kind: "bytes"; bytes: Uint8Array };

const MIME: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

/** How the report stage should read `file`: as text (SVG) or as bytes. */
export function figureFileKind(file: string): FigureFile["kind"] {
  return file.toLowerCase().endsWith(".svg") ? "svg" : "bytes";
}

/** The image of each figure as HTML, by file name; `files` holds each figure file's content. */
export function figureImages(
  figures: readonly FigureEntry[],
  files: Readonly<Record<string, FigureFile>>,
): Record<string, string> {
  return Object.fromEntries(figures.map((figure, i) => {
    const content = files[figure.file];
    if (content === undefined) {
      throw new RangeError(`Expected the content of figure ${figure.file} but found none`);
    }
    return [figure.file, figureImageHtml(figure.file, content, figure.alt, `fig${i + 1}`)];
  }));
}

/** The image of figure `file` as HTML; `prefix` makes its ids unique in the page. */
export function figureImageHtml(
  file: string,
  content: FigureFile,
  alt: string,
  prefix: string,
): string {
  if (content.kind === "svg") return inlineSvg(content.text, alt, prefix);
  const extension = file.toLowerCase().split(".").at(-1) ?? "";
  const mime = MIME[extension];
  if (mime === undefined) {
    throw new RangeError(
      `Expected a figure as .svg or ${Object.keys(MIME).map((e) => `.${e}`).join(", ")} ` +
        `but found ${file}`,
    );
  }
  return `<img src="data:${mime};base64,${Buffer.from(content.bytes).toString("base64")}" ` +
    `alt="${escapeHtml(alt)}">`;
}

/** `svg` (a standalone SVG file's text) ready to sit inside an HTML page. */
export function inlineSvg(svg: string, alt: string, prefix: string): string {
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, "").replace(/<!DOCTYPE[^>]*>\s*/i, "").trim();
  if (!body.startsWith("<svg")) {
    throw new RangeError(`Expected an SVG document but found ${JSON.stringify(body.slice(0, 40))}`);
  }
  const ids = new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const renamed = ids.size === 0 ? body : body
    .replace(/(\sid=")([^"]+)"/g, (_, lead, id) => `${lead}${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (whole, id) => ids.has(id) ? `url(#${prefix}-${id})` : whole)
    .replace(
      /((?:xlink:)?href=")#([^"]+)"/g,
      (whole, lead, id) => ids.has(id) ? `${lead}#${prefix}-${id}"` : whole,
    );
  return renamed.replace(
    /^<svg\b/,
    `<svg role="img" aria-label="${escapeHtml(alt)}"`,
  );
}
