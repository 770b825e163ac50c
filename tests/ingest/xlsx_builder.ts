/**
 * Builds minimal .xlsx workbooks for tests: the parts Excel itself needs, a date style, and cells
 * as shared strings (default) or inline strings, numbers, or dates (as serial day numbers).
 */

import { strToU8, zipSync } from "fflate";
import { dayNumber } from "../../pipeline/_shared/dates.ts";

/** A cell: text, a number, a date `{ date: "YYYY-MM-DD" }`, or empty. */
export type TestCell = string | number | { date: string } | null;

/** A sheet: its name and rows from row 1. */
export interface TestSheet {
  name: string;
  rows: TestCell[][];
  inlineStrings?: boolean;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The bytes of a workbook holding `sheets`, with a fixed zip time so bytes are stable. */
export function buildXlsx(sheets: TestSheet[]): Uint8Array {
  const shared: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const xml = (text: string) =>
    strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = xml(sheetXml(sheet, shared));
  });
  files["[Content_Types].xml"] = xml(
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, i) =>
        `<Override PartName="/xl/worksheets/sheet${
          i + 1
        }.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      ).join("") +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `</Types>`,
  );
  files["_rels/.rels"] = xml(
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["xl/workbook.xml"] = xml(
    `<workbook xmlns="${NS}" xmlns:r="${R_NS}"><sheets>` +
      sheets.map((s, i) =>
        `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
      ).join("") +
      `</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = xml(
    `<Relationships xmlns="${PKG}">` +
      sheets.map((_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${
          i + 1
        }.xml"/>`
      ).join("") +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${
        sheets.length + 2
      }" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `</Relationships>`,
  );
  files["xl/styles.xml"] = xml(
    `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
      `<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
      `<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  files["xl/sharedStrings.xml"] = xml(
    `<sst xmlns="${NS}" count="${shared.length}" uniqueCount="${shared.length}">` +
      shared.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join("") + `</sst>`,
  );
  return zipSync(files, { mtime: new Date("1980-01-01T00:00:00Z") });
}

function sheetXml(sheet: TestSheet, shared: string[]): string {
  const rows = sheet.rows.map((cells, r) => {
    const xmlCells = cells.map((cell, c) => {
      const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
      if (cell === null) return "";
      if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
      if (typeof cell === "object") {
        return `<c r="${ref}" s="1"><v>${dayNumber(cell.date) + 25569}</v></c>`;
      }
      if (sheet.inlineStrings) {
        return `<c r="${ref}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`;
      }
      let index = shared.indexOf(cell);
      if (index < 0) index = shared.push(cell) - 1;
      return `<c r="${ref}" t="s"><v>${index}</v></c>`;
    });
    return `<row r="${r + 1}">${xmlCells.join("")}</row>`;
  });
  return `<worksheet xmlns="${NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

function escape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
