/**
 * A minimal Office Open XML workbook (.xlsx), written by hand and zipped with fflate: content
 * types, package and workbook relationships, a workbook, a style sheet with a date number format,
 * a shared-string table and one worksheet per sheet. Dates are Excel serial day numbers styled with
 * the date format, as Excel stores them. Every zip entry gets the same fixed time (1980-01-01, the
 * earliest a zip can hold), so the bytes depend only on the content.
 *
 * Parts are deflated at level 6, except parts over 4 MB of XML (the sheets of a site with tens of
 * thousands of patients), which get level 1: two and a half times faster, about 6% larger. The
 * level still depends only on the content, so the bytes do too.
 *
 * @module
 */

import { strToU8, type Zippable, zipSync } from "fflate";

/** A cell: text, a number, a date as an Excel serial day number, or empty. */
export type XlsxCell = string | number | { serial: number } | null;

/** One worksheet: its name and its rows, row 1 first. */
export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  /** Rows written in bold (1-based), for titles and column names. */
  boldRows?: readonly number[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Characters of XML above which a part is deflated at level 1 rather than 6. */
const LARGE_PART = 4_000_000;

/** The bytes of a workbook holding `sheets`; `dateFormat` is the date cells' number format. */
export function writeXlsx(sheets: readonly XlsxSheet[], dateFormat = "dd/mm/yyyy"): Uint8Array {
  if (sheets.length === 0) throw new RangeError("Expected at least one sheet");
  const strings = new Map<string, number>();
  const worksheets = sheets.map((sheet) => worksheet(sheet, strings));
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypes(sheets.length),
    "_rels/.rels": `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" ` +
      `Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) =>
        `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
      )
        .join("") +
      "</sheets></workbook>",
    "xl/_rels/workbook.xml.rels": workbookRelationships(sheets.length),
    "xl/styles.xml": styles(dateFormat),
    "xl/sharedStrings.xml": sharedStrings(strings),
  };
  worksheets.forEach((xml, i) => parts[`xl/worksheets/sheet${i + 1}.xml`] = xml);
  // Local-time components of this Date are 1980-01-01 00:00 in every time zone.
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const files: Zippable = {};
  for (const [name, xml] of Object.entries(parts)) {
    files[name] = [strToU8(xml), { mtime, level: xml.length > LARGE_PART ? 1 : 6 }];
  }
  return zipSync(files);
}

function worksheet(sheet: XlsxSheet, strings: Map<string, number>): string {
  const bold = new Set(sheet.boldRows ?? []);
  const width = sheet.rows.reduce((most, row) => Math.max(most, row.length), 0);
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c + 1));
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((cell, c) =>
      cellXml(cell, `${letters[c]}${r + 1}`, bold.has(r + 1), strings)
    );
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  return `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

function cellXml(cell: XlsxCell, ref: string, bold: boolean, strings: Map<string, number>): string {
  if (cell === null || cell === "") return "";
  if (typeof cell === "string") {
    if (!strings.has(cell)) strings.set(cell, strings.size);
    return `<c r="${ref}" t="s"${bold ? ' s="2"' : ""}><v>${strings.get(cell)}</v></c>`;
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) {
      throw new RangeError(`Expected a finite number in ${ref} but found ${cell}`);
    }
    return `<c r="${ref}"><v>${cell}</v></c>`;
  }
  return `<c r="${ref}" s="1"><v>${cell.serial}</v></c>`;
}

/** Excel's column letters of a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function contentTypes(sheetCount: number): string {
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${type}.worksheet+xml"/>`,
  ).join("");
  return `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${type}.sheet.main+xml"/>${sheets}` +
    `<Override PartName="/xl/styles.xml" ContentType="${type}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${type}.sharedStrings+xml"/></Types>`;
}

function workbookRelationships(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${
        i + 1
      }.xml"/>`,
  ).join("");
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${
      sheetCount + 2
    }" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    `</Relationships>`;
}

/** Cell styles: 0 general, 1 date (custom number format 164), 2 bold. */
function styles(dateFormat: string): string {
  return `${HEAD}<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="${escape(dateFormat)}"/></numFmts>` +
    `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>` +
    `<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill>` +
    `<fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`;
}

function sharedStrings(strings: Map<string, number>): string {
  const items = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`);
  return `${HEAD}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">` +
    `${items.join("")}</sst>`;
}

function escape(text: string): string {
  // XML 1.0 cannot hold C0 controls other than tab, line feed and carriage return.
  // deno-lint-ignore no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) {
    throw new RangeError(
      `Expected text without control characters but found ${JSON.stringify(text)}`,
    );
  }
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
