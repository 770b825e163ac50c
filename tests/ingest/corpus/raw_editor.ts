/**
 * Edits a copy of a raw folder the way a person would break an export: one cell of one file, read
 * and written in the file's own format as its `site.json` states (encoding, byte-order mark,
 * delimiter, header row; a workbook's sheet XML; a REDCap record), so that every byte not edited
 * stays as the site sent it. Each cell knows where ingest will say it is: `row 7`, `Sheet!D7` or
 * `record 12`, and the column as `"name" (field)`.
 */

import { dsvFormat } from "d3-dsv";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { join } from "node:path";
import { dayNumber } from "../../../pipeline/_shared/dates.ts";

/** A file entry of a site spec, as JSON. */
// deno-lint-ignore no-explicit-any -- the spec is edited freely, including into invalid forms.
export type SpecJson = any;

/** One cell of a table, where ingest will locate it, with a way to change it. */
export interface Cell {
  site: string;
  file: string;
  row: string;
  column: string;
  /** The text of the cell (a workbook number as its digits). */
  text: string;
  /** The site's case number on this row. */
  caseId: string;
  set(value: string | number): Promise<void>;
}

/** How to pick a row: its ordinal among data rows, or the first whose cells pass a test. */
export type RowPick = number | ((get: (field: string) => string) => boolean);

const BOM = "\uFEFF";

/** An editor of the raw folder at `root`. */
export class RawEditor {
  constructor(readonly root: string) {}

  path(site: string, file: string): string {
    return join(this.root, site, file);
  }

  async spec(site: string): Promise<SpecJson> {
    return JSON.parse(await Deno.readTextFile(this.path(site, "site.json")));
  }

  async editSpec(site: string, edit: (spec: SpecJson) => void): Promise<void> {
    const spec = await this.spec(site);
    edit(spec);
    await Deno.writeTextFile(this.path(site, "site.json"), JSON.stringify(spec, null, 2));
  }

  /** The spec's file entry and table entry that feed `table`. */
  async tableSpec(site: string, table: string): Promise<{ file: SpecJson; table: SpecJson }> {
    const spec = await this.spec(site);
    for (const file of spec.files) {
      for (const t of file.tables) if (t.table === table) return { file, table: t };
    }
    throw new Error(`${site} has no ${table} table`);
  }

  /** The text of a delimited or REDCap file, decoded as its spec says (without a BOM). */
  async text(site: string, file: string): Promise<string> {
    const entry = await this.fileSpec(site, file);
    const bytes = await Deno.readFile(this.path(site, file));
    const text = new TextDecoder(entry?.encoding === "latin1" ? "latin1" : "utf-8").decode(bytes);
    return text.startsWith(BOM) ? text.slice(1) : text;
  }

  /** Writes `text` to a file in the encoding (and with the BOM) its spec states. */
  async writeText(site: string, file: string, text: string): Promise<void> {
    const entry = await this.fileSpec(site, file);
    const full = entry?.bom ? BOM + text : text;
    const bytes = entry?.encoding === "latin1"
      ? Uint8Array.from(full, (ch) => {
        const code = ch.charCodeAt(0);
        if (code > 0xff) throw new Error(`"${ch}" has no Latin-1 byte`);
        return code;
      })
      : new TextEncoder().encode(full);
    await Deno.writeFile(this.path(site, file), bytes);
  }

  /** Edits a file's decoded text. */
  async editText(site: string, file: string, edit: (text: string) => string): Promise<void> {
    const text = await this.text(site, file);
    const edited = edit(text);
    if (edited === text) throw new Error(`the edit of ${site}/${file} changed nothing`);
    await this.writeText(site, file, edited);
  }

  /** The cell of `field` on the row `pick` chooses, in the file that feeds `table` at `site`. */
  async cell(site: string, table: string, pick: RowPick, field: string): Promise<Cell> {
    const { file, table: t } = await this.tableSpec(site, table);
    const column = t.columns[field];
    if (column === undefined) throw new Error(`${site} does not map ${field}`);
    const rows = await this.rows(site, file, t);
    const chosen = typeof pick === "number"
      ? rows[pick - 1]
      : rows.find((row) => pick((f) => row.get(t.columns[f] ?? "") ?? ""));
    if (chosen === undefined) throw new Error(`${site} ${table}: no row matches`);
    return {
      site,
      file: file.path,
      row: chosen.at(column),
      column: `"${column}" (${field})`,
      text: chosen.get(column) ?? "",
      caseId: chosen.get(t.columns.case_id) ?? "",
      set: (value) => chosen.set(column, value),
    };
  }

  /** Every data row of the table, as cells by column name. */
  async rows(site: string, file: SpecJson, table: SpecJson): Promise<EditableRow[]> {
    if (file.format === "xlsx") return await this.sheetRows(site, file, table);
    if (file.format === "redcap") return await this.redcapRows(site, file, table);
    return await this.delimitedRows(site, file, table);
  }

  private async fileSpec(site: string, name: string): Promise<SpecJson | undefined> {
    try {
      const spec = await this.spec(site);
      return spec.files.find((f: SpecJson) => f.path === name || f.dictionary === name);
    } catch {
      return undefined;
    }
  }

  private async delimitedRows(site: string, file: SpecJson, table: SpecJson) {
    const text = await this.text(site, file.path);
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const lines = text.split(/\r\n|\n/);
    const dsv = dsvFormat(file.delimiter);
    const header = (dsv.parseRows(lines[table.headerRow - 1] ?? "")[0] ?? []).map((h) => h.trim());
    const rows: EditableRow[] = [];
    lines.forEach((line, i) => {
      if (i < table.headerRow || line.trim() === "") return;
      const fields = () => dsv.parseRows(lines[i] ?? "")[0] ?? [];
      rows.push({
        at: () => `row ${i + 1}`,
        get: (column) => fields()[header.indexOf(column)]?.trim(),
        set: async (column, value) => {
          const cells = fields();
          cells[header.indexOf(column)] = String(value);
          lines[i] = dsv.formatRows([cells]);
          await this.writeText(site, file.path, lines.join(eol));
        },
      });
    });
    return rows;
  }

  private async redcapRows(site: string, file: SpecJson, table: SpecJson) {
    const records = JSON.parse(await this.text(site, file.path)) as Record<string, string>[];
    const rows: EditableRow[] = [];
    records.forEach((record, i) => {
      const where = Object.entries(table.where as Record<string, string>);
      if (!where.every(([c, v]) => record[c] === v)) return;
      rows.push({
        at: () => `record ${i + 1}`,
        get: (column) => record[column]?.trim(),
        set: async (column, value) => {
          record[column] = String(value);
          await this.writeText(site, file.path, redcapText(records));
        },
      });
    });
    return rows;
  }

  private async sheetRows(site: string, file: SpecJson, table: SpecJson) {
    const path = this.path(site, file.path);
    const parts = unzipSync(await Deno.readFile(path));
    const part = sheetPart(parts, table.sheet);
    const shared = sharedStrings(parts);
    const cells = (xml: string, row: number) => {
      const found = new Map<string, string>();
      const rowXml = new RegExp(`<row r="${row}"[^>]*>(.*?)</row>`).exec(xml)?.[1] ?? "";
      for (const c of rowXml.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
        const [, letter = "", attributes = "", body = ""] = c;
        const v = /<v>(.*?)<\/v>/.exec(body)?.[1];
        const text = /t="s"/.test(attributes)
          ? shared[Number(v)] ?? ""
          : /t="inlineStr"/.test(attributes)
          ? /<t[^>]*>(.*?)<\/t>/.exec(body)?.[1] ?? ""
          : v ?? "";
        found.set(letter, unescapeXml(text));
      }
      return found;
    };
    const xml = () => strFromU8(parts[part] ?? new Uint8Array());
    const header = new Map([...cells(xml(), table.headerRow)].map(([l, name]) => [name.trim(), l]));
    const numbers = [...xml().matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]))
      .filter((n) => n > table.headerRow);
    return numbers.map((n): EditableRow => ({
      at: (column) => `${table.sheet}!${header.get(column) ?? ""}${n}`,
      get: (column) => cells(xml(), n).get(header.get(column) ?? "")?.trim(),
      set: async (column, value) => {
        const ref = `${header.get(column)}${n}`;
        const replacement = typeof value === "number"
          ? `<c r="${ref}"><v>${value}</v></c>`
          : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
        const pattern = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`);
        const before = xml();
        if (!pattern.test(before)) throw new Error(`no cell ${ref} in sheet ${table.sheet}`);
        parts[part] = strToU8(before.replace(pattern, replacement));
        await Deno.writeFile(
          path,
          zipSync(parts, { level: 6, mtime: new Date("1980-01-02T00:00:00Z") }),
        );
      },
    }));
  }
}

/** A row of a table, by column name. */
export interface EditableRow {
  at(column: string): string;
  get(column: string): string | undefined;
  set(column: string, value: string | number): Promise<void>;
}

/** An ISO date as `format` writes it (`excel-serial`: a serial day number, 1900 system). */
export function formatDate(iso: string, format: string): string | number {
  const [y, m, d] = iso.split("-");
  switch (format) {
    case "YYYY-MM-DD":
      return iso;
    case "DD/MM/YYYY":
      return `${d}/${m}/${y}`;
    case "MM/DD/YYYY":
      return `${m}/${d}/${y}`;
    case "DD.MM.YYYY":
      return `${d}.${m}.${y}`;
    default:
      return dayNumber(iso) + 25_569;
  }
}

/** The text of REDCap records, one per line as REDCap writes them. */
export function redcapText(records: unknown[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}

/** The part name of sheet `name`, through the workbook's relationships. */
export function sheetPart(parts: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const id = new RegExp(`<sheet name="${escapeXml(name)}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no sheet ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function sharedStrings(parts: Record<string, Uint8Array>): string[] {
  const xml = strFromU8(parts["xl/sharedStrings.xml"] ?? new Uint8Array());
  return [...xml.matchAll(/<si>(.*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/<t[^>]*>(.*?)<\/t>/g)].map((t) => t[1]).join("")
  );
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");
}

function unescapeXml(text: string): string {
  return text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'").replaceAll("&amp;", "&");
}
