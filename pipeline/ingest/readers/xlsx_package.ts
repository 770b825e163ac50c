/**
 * The parts of an Office Open XML workbook (.xlsx) that ingest needs: the sheets by name (through
 * the workbook's relationships, not by guessing part names) and the shared-string table. The zip
 * is opened with fflate and each XML part parsed with jsdom's `DOMParser`, a conforming XML parser
 * that reports malformed parts instead of repairing them.
 *
 * @module
 */

// @ts-types="@types/jsdom"
import { JSDOM } from "jsdom";
import { strFromU8, unzipSync } from "fflate";
import { posix } from "node:path";

/** SpreadsheetML's main namespace. */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** An opened workbook: each sheet's XML document by sheet name, and the shared strings. */
export interface Workbook {
  sheets: Map<string, Document>;
  sharedStrings: string[];
}

let parser: DOMParser | undefined;

/** Parses the XML text of one package part; throws an Error naming the part when malformed. */
export function parseXml(text: string, part: string): Document {
  parser ??= new (new JSDOM("").window.DOMParser)();
  const document = parser.parseFromString(text, "application/xml");
  if (document.getElementsByTagName("parsererror").length > 0) {
    throw new Error(`part ${part} is not well-formed XML`);
  }
  return document;
}

/** Opens the workbook in `bytes`; throws an Error saying what is missing or malformed. */
export function openWorkbook(bytes: Uint8Array): Workbook {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new Error(`the file is not a zip archive, so not an .xlsx workbook (${error})`);
  }
  const part = (name: string): Document => {
    const data = files[name];
    if (data === undefined) throw new Error(`the workbook has no part ${name}`);
    return parseXml(strFromU8(data), name);
  };
  const workbook = part("xl/workbook.xml");
  const relationships = part("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  let sharedStringsPart: string | undefined;
  for (
    const rel of relationships.getElementsByTagNameNS(PACKAGE_RELATIONSHIPS_NS, "Relationship")
  ) {
    const target = rel.getAttribute("Target") ?? "";
    // Targets are relative to xl/, or absolute from the package root.
    const path = target.startsWith("/") ? target.slice(1) : posix.join("xl", target);
    targets.set(rel.getAttribute("Id") ?? "", posix.normalize(path));
    if (rel.getAttribute("Type")?.endsWith("/sharedStrings")) {
      sharedStringsPart = posix.normalize(path);
    }
  }
  const sheets = new Map<string, Document>();
  for (const sheet of workbook.getElementsByTagNameNS(MAIN_NS, "sheet")) {
    const id = sheet.getAttributeNS(RELATIONSHIPS_NS, "id") ?? "";
    const target = targets.get(id);
    if (target === undefined) throw new Error(`sheet ${sheet.getAttribute("name")} has no part`);
    sheets.set(sheet.getAttribute("name") ?? "", part(target));
  }
  const sharedStrings = sharedStringsPart === undefined
    ? []
    : [...part(sharedStringsPart).getElementsByTagNameNS(MAIN_NS, "si")].map(richText);
  return { sheets, sharedStrings };
}

/** The text of a shared or inline string: its `t` elements, without phonetic runs (`rPh`). */
export function richText(element: Element): string {
  let text = "";
  for (const t of element.getElementsByTagNameNS(MAIN_NS, "t")) {
    if (t.parentElement?.localName !== "rPh") text += t.textContent ?? "";
  }
  return text;
}
