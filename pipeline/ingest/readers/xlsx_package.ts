/**
 * The parts of an Office Open XML workbook (.xlsx) that ingest needs: the sheets a site spec names
 * (found through the workbook's relationships, not by guessing part names), the shared-string
 * table, and the workbook's date system (`<workbookPr date1904="1"/>`: serial 0 is 1904-01-01
 * instead of 1900's serial 1 = 1900-01-01). Only those parts are inflated, each under the plan's
 * `inputLimits.workbookPartMiB` (`zip_archive.ts`); every other part, however large, is never
 * touched. Each part is parsed as it inflates (`xml_stream.ts`), a conforming XML parser that
 * reports a malformed part instead of repairing it; a sheet is read row by row (`sheet_rows.ts`).
 *
 * @module
 */

import { posix } from "node:path";
import { inflateMemberChunks, zipDirectory, type ZipMember } from "./zip_archive.ts";
import {
  attribute,
  attributeNS,
  type Attributes,
  type XmlHandler,
  xmlStream,
} from "./xml_stream.ts";

/** SpreadsheetML's main namespace. */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A workbook's directory: its sheets in order, where their parts are, and its date system. */
export interface WorkbookDirectory {
  bytes: Uint8Array;
  members: Map<string, ZipMember>;
  partLimit: number;
  /** Every sheet the workbook declares, in its order, with its part (undefined: none). */
  sheetParts: { name: string; part: string | undefined }[];
  sharedStringsPart: string | undefined;
  /** The date system of its serial dates, or why it cannot be read. */
  dateSystem: 1900 | 1904 | Error;
}

/** An opened workbook: the sheets asked for by name, every sheet's name, the shared strings. */
export interface Workbook {
  directory: WorkbookDirectory;
  /** The part of each sheet asked for, by name (the first sheet of that name). */
  sheets: Map<string, string>;
  /** Every sheet the workbook declares, in its order (for messages). */
  sheetNames: string[];
  sharedStrings: string[];
  dateSystem: 1900 | 1904;
}

/**
 * Reads the workbook's directory (zip directory, `xl/workbook.xml` and its relationships); throws
 * an Error saying what is missing or malformed.
 */
export function workbookDirectory(bytes: Uint8Array, partLimit: number): WorkbookDirectory {
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
  const directory = { bytes, members, partLimit };
  const sheets: { name: string; id: string }[] = [];
  // The first workbookPr's date1904 (null: the element or the attribute is absent).
  let date1904: string | undefined | null = null;
  readPart(
    directory,
    "xl/workbook.xml",
    elements((uri, local, attributes) => {
      if (uri !== MAIN_NS) return;
      if (local === "sheet") {
        sheets.push({
          name: attribute(attributes, "name") ?? "",
          id: attributeNS(attributes, RELATIONSHIPS_NS, "id") ?? "",
        });
      } else if (local === "workbookPr" && date1904 === null) {
        date1904 = attribute(attributes, "date1904");
      }
    }),
  );
  const targets = new Map<string, string>();
  let sharedStringsPart: string | undefined;
  readPart(
    directory,
    "xl/_rels/workbook.xml.rels",
    elements((uri, local, attributes) => {
      if (uri !== PACKAGE_RELATIONSHIPS_NS || local !== "Relationship") return;
      const target = attribute(attributes, "Target") ?? "";
      // Targets are relative to xl/, or absolute from the package root.
      const path = posix.normalize(
        target.startsWith("/") ? target.slice(1) : posix.join("xl", target),
      );
      targets.set(attribute(attributes, "Id") ?? "", path);
      if (attribute(attributes, "Type")?.endsWith("/sharedStrings")) sharedStringsPart = path;
    }),
  );
  return {
    ...directory,
    sheetParts: sheets.map(({ name, id }) => ({ name, part: targets.get(id) })),
    sharedStringsPart,
    dateSystem: dateSystem(date1904 ?? undefined),
  };
}

/**
 * Opens the workbook in `bytes` for the sheets named in `sheets`: its directory and shared strings,
 * each part at most `partLimit` bytes; throws an Error saying what is missing, malformed or too
 * large. Sheets are read later, one at a time (`sheet_rows.ts`).
 */
export function openWorkbook(
  bytes: Uint8Array,
  sheets: readonly string[],
  partLimit: number,
): Workbook {
  const directory = workbookDirectory(bytes, partLimit);
  const opened = sheetsAskedFor(directory, sheets);
  const shared = opened.size === 0 ? [] : sharedStrings(directory);
  if (directory.dateSystem instanceof Error) throw directory.dateSystem;
  return {
    directory,
    sheets: opened,
    sheetNames: directory.sheetParts.map((s) => s.name),
    sharedStrings: shared,
    dateSystem: directory.dateSystem,
  };
}

/**
 * The part of each sheet named in `sheets`, in the workbook's order (the first sheet of a name);
 * throws when one has no part.
 */
export function sheetsAskedFor(
  directory: WorkbookDirectory,
  sheets: readonly string[],
): Map<string, string> {
  const opened = new Map<string, string>();
  for (const { name, part } of directory.sheetParts) {
    if (!sheets.includes(name) || opened.has(name)) continue;
    if (part === undefined) throw new Error(`sheet ${name} has no part`);
    if (!directory.members.has(part)) throw new Error(`the workbook has no part ${part}`);
    opened.set(name, part);
  }
  return opened;
}

/** The shared-string table (empty when the workbook has none); throws when it is unusable. */
export function sharedStrings(directory: WorkbookDirectory): string[] {
  if (directory.sharedStringsPart === undefined) return [];
  const strings: string[] = [];
  const text = richTextReader();
  let inItem = 0;
  readPart(directory, directory.sharedStringsPart, {
    open(uri, local) {
      if (inItem > 0) inItem++;
      else if (uri === MAIN_NS && local === "si") {
        inItem = 1;
        text.reset();
        return;
      }
      if (inItem > 0) text.open(uri, local);
    },
    close() {
      if (inItem === 0) return;
      if (--inItem === 0) strings.push(text.value());
      else text.close();
    },
    text(value) {
      if (inItem > 0) text.text(value);
    },
  });
  return strings;
}

/** The zip archive of a workbook, and the largest part it may inflate. */
type Archive = Pick<WorkbookDirectory, "bytes" | "members" | "partLimit">;

/** Parses the part `name` of the workbook with `handler`, inflating it chunk by chunk. */
export function readPart(directory: Archive, name: string, handler: XmlHandler): void {
  const member = directory.members.get(name);
  if (member === undefined) throw new Error(`the workbook has no part ${name}`);
  const stream = xmlStream(name, handler);
  inflateMemberChunks(directory.bytes, member, directory.partLimit, (chunk) => stream.push(chunk));
  stream.finish();
}

/**
 * The text of a shared or inline string, as its events arrive: its `t` elements' text, without
 * phonetic runs (`t` inside `rPh`). Call `open`, `close` and `text` for the events inside the
 * string's element (`si` or `is`), not for the element itself.
 */
export function richTextReader() {
  // For each open element inside the string: whether it is a `t` whose parent is not `rPh`.
  const counts: boolean[] = [];
  const locals: string[] = [];
  let open = 0;
  let value = "";
  return {
    reset() {
      counts.length = 0;
      locals.length = 0;
      open = 0;
      value = "";
    },
    open(uri: string, local: string) {
      const counted = uri === MAIN_NS && local === "t" && locals.at(-1) !== "rPh";
      counts.push(counted);
      locals.push(local);
      if (counted) open++;
    },
    close() {
      locals.pop();
      if (counts.pop()) open--;
    },
    text(text: string) {
      // A `t` inside a `t` counts its text twice, as the document's `t` elements did.
      for (let i = 0; i < open; i++) value += text;
    },
    value: () => value,
  };
}

/** A handler that only looks at opening elements. */
function elements(
  open: (uri: string, local: string, attributes: Attributes) => void,
): XmlHandler {
  return { open, close() {}, text() {} };
}

/** The workbook's date system, from `workbookPr`'s `date1904` (an XML Schema boolean). */
function dateSystem(value: string | undefined): 1900 | 1904 | Error {
  if (value === undefined || value === "false" || value === "0") return 1900;
  if (value === "true" || value === "1") return 1904;
  return new Error(
    `xl/workbook.xml says date1904="${value}", which is neither true nor false, so its serial ` +
      "dates cannot be read",
  );
}
