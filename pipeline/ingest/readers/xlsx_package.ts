/**
 * The parts of an Office Open XML workbook (.xlsx) that ingest needs: the sheets a site spec names
 * (found through the workbook's relationships, not by guessing part names), the shared-string
 * table, and the workbook's date system (`<workbookPr date1904="1"/>`: serial 0 is 1904-01-01
 * instead of 1900's serial 1 = 1900-01-01). Only those parts are inflated, each under the plan's
 * `inputLimits.workbookPartMiB` (`zip_archive.ts`); every other part, however large, is never
 * touched. Each XML part is parsed with jsdom's `DOMParser`, a conforming XML parser that reports
 * malformed parts instead of repairing them (and expands no entity it was not given).
 *
 * @module
 */

// @ts-types="@types/jsdom"
import { JSDOM } from "jsdom";
import { strFromU8 } from "fflate";
import { posix } from "node:path";
import { inflateMember, zipDirectory } from "./zip_archive.ts";

/** SpreadsheetML's main namespace. */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** An opened workbook: the sheets asked for by name, every sheet's name, the shared strings. */
export interface Workbook {
  sheets: Map<string, Document>;
  /** Every sheet the workbook declares, in its order (for messages). */
  sheetNames: string[];
  sharedStrings: string[];
  /** The date system of its serial dates. */
  dateSystem: 1900 | 1904;
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

/**
 * Opens the workbook in `bytes`, inflating only its directory parts, the sheets named in `sheets`
 * (others are listed by name only) and the shared strings, each at most `partLimit` bytes; throws
 * an Error saying what is missing, malformed or too large.
 */
export function openWorkbook(
  bytes: Uint8Array,
  sheets: readonly string[],
  partLimit: number,
): Workbook {
  let members;
  try {
    members = zipDirectory(bytes);
  } catch (error) {
    throw new Error(
      `the file is not a readable zip archive, so not an .xlsx workbook: ${
        (error as Error).message
      }`,
    );
  }
  const part = (name: string): Document => {
    const member = members.get(name);
    if (member === undefined) throw new Error(`the workbook has no part ${name}`);
    return parseXml(strFromU8(inflateMember(bytes, member, partLimit)), name);
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
  const opened = new Map<string, Document>();
  const sheetNames: string[] = [];
  for (const sheet of workbook.getElementsByTagNameNS(MAIN_NS, "sheet")) {
    const name = sheet.getAttribute("name") ?? "";
    sheetNames.push(name);
    if (!sheets.includes(name) || opened.has(name)) continue;
    const target = targets.get(sheet.getAttributeNS(RELATIONSHIPS_NS, "id") ?? "");
    if (target === undefined) throw new Error(`sheet ${name} has no part`);
    opened.set(name, part(target));
  }
  const sharedStrings = sharedStringsPart === undefined || opened.size === 0
    ? []
    : [...part(sharedStringsPart).getElementsByTagNameNS(MAIN_NS, "si")].map(richText);
  return { sheets: opened, sheetNames, sharedStrings, dateSystem: dateSystem(workbook) };
}

/** The workbook's date system, from `workbookPr`'s `date1904` (an XML Schema boolean). */
function dateSystem(workbook: Document): 1900 | 1904 {
  const value = workbook.getElementsByTagNameNS(MAIN_NS, "workbookPr")[0]
    ?.getAttribute("date1904");
  if (value === null || value === undefined || value === "false" || value === "0") return 1900;
  if (value === "true" || value === "1") return 1904;
  throw new Error(
    `xl/workbook.xml says date1904="${value}", which is neither true nor false, so its serial ` +
      "dates cannot be read",
  );
}

/** The text of a shared or inline string: its `t` elements, without phonetic runs (`rPh`). */
export function richText(element: Element): string {
  let text = "";
  for (const t of element.getElementsByTagNameNS(MAIN_NS, "t")) {
    if (t.parentElement?.localName !== "rPh") text += t.textContent ?? "";
  }
  return text;
}
