/**
 * Raw rows to typed columns, one source table of one read at a time: each mapped column parsed as
 * its source field (`parseValue`'s rules, its common forms read fast: `fast_values.ts`), every
 * value that cannot be used reported where it is, with the text found. A registry's ten million
 * rows were ten million objects with a map of values each; as columns, a record is about forty
 * bytes: dates as day numbers, codes as the index of their common value, numbers as doubles, and
 * the case number and regimen as the text found. Names and hospital numbers are read (a row must
 * parse) but never kept: nothing after this needs them.
 *
 * Rows with an unusable value are not kept as records; their case number (and line) are, so that
 * later checks know which patients and lines exist and do not also call their children orphans.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import type { Cell } from "../readers/raw_table.ts";
import { cellLabel, type ReadLocation, rowLabel } from "../readers/read_location.ts";
import { dayNumber } from "../../_shared/dates.ts";
import { type FieldSpec, SOURCE_FIELDS, type SourceTable } from "./source_fields.ts";
import { parseValue, type ValueContext } from "./parse_value.ts";
import { ASK_PARSE_VALUE, fastReader } from "./fast_values.ts";
import type { FileSpec, TableSpec } from "../site_specs/types.ts";
import { type Growing, growingFloat64, growingInt32, growingInt8 } from "./growing.ts";

/** The day number that stands for no date (the smallest 32-bit integer). */
export const NO_DAY = -2147483648;

/** One field's values: days (dates), doubles (numbers, NaN none), code indexes (-1 none), texts. */
export type FieldColumn = Int32Array | Float64Array | Int8Array | (string | null)[];

/** The records of one read (one table of one file), as columns. */
export interface ReadRecords {
  table: SourceTable;
  length: number;
  /** The row as the file numbers it (line, sheet row or record). */
  row: Float64Array;
  /** A hash of every field of the row, mapped or not: equal for exact duplicates. */
  fingerprint: Float64Array;
  /** Each kept source field by name (`keptFields`). */
  values: Record<string, FieldColumn>;
}

/** Records of one source table over several reads (a site's), as columns. */
export interface RecordColumns extends ReadRecords {
  /** The index of each record's read among its site's reads. */
  read: Int32Array;
}

/** A row that had an issue: what later checks need to know it exists. */
export interface FailedRecord {
  table: SourceTable;
  caseId: string | null;
  line: number | null;
}

/** The fields of `table` kept as columns: all but names and hospital numbers. */
export function keptFields(table: SourceTable): [string, FieldSpec][] {
  return Object.entries(SOURCE_FIELDS[table]).filter(([, spec]) =>
    !(spec.identifier && spec.type === "text")
  );
}

/** What a builder needs to know of its read. */
export interface ReadContext {
  site: string;
  file: FileSpec;
  table: TableSpec;
  dateSystem?: 1900 | 1904;
  location: ReadLocation;
}

/** Builds the records of one read from its rows. */
export interface RecordBuilder<R> {
  /** Parses one row: `row` as the reader holds it, its number, its fingerprint. */
  add(row: R, number: number, fingerprint: number): void;
  readonly issues: Issue[];
  readonly failed: FailedRecord[];
  /** The records of the rows that had no issue. */
  done(): ReadRecords;
}

const CASE_ID = /^[A-Za-z0-9_-]{1,16}$/;

/**
 * A builder for the read `context`, whose rows give the cell of a column through `cell(column)`
 * (an accessor made once per column).
 */
export function recordBuilder<R>(
  context: ReadContext,
  cell: (column: string) => (row: R) => Cell | undefined,
): RecordBuilder<R> {
  const { site, file, table, location } = context;
  const valueContext = (name: string): ValueContext => ({
    file,
    codes: table.codes[name],
    dateSystem: context.dateSystem,
  });
  const rows = growingFloat64();
  const fingerprints = growingFloat64();
  const fields = Object.entries(SOURCE_FIELDS[table.table]).map(([name, spec]) => {
    const column = table.columns[name];
    const kept = !(spec.identifier && spec.type === "text");
    return {
      name,
      spec,
      column,
      get: column === undefined ? undefined : cell(column),
      fast: fastReader(spec, file, table.codes[name]),
      context: valueContext(name),
      store: kept ? storeFor(spec) : undefined,
    };
  });
  const issues: Issue[] = [];
  const failed: FailedRecord[] = [];
  const parsed: (number | string | null)[] = new Array(fields.length);
  const setting = table.table === "lines" ? fields.findIndex((f) => f.name === "setting") : -1;
  const advanced = SOURCE_FIELDS.lines.setting!.values!.indexOf("advanced");

  const at = (name: string, column: string | undefined, number: number) =>
    column === undefined
      ? { row: rowLabel(location, number), column: `(${name}, not mapped)` }
      : { row: cellLabel(location, number, column), column: `"${column}" (${name})` };

  return {
    issues,
    failed,
    add(row, number, fingerprint) {
      let usable = true;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        const value = field.get === undefined ? undefined : field.get(row);
        // Names and hospital numbers are text: any text will do, and none is kept.
        if (field.store === undefined && !field.spec.required) continue;
        let result: number | string | null | { rule: string; expected: string; fix: string } = null;
        if (value !== undefined) {
          const text = typeof value === "string" ? value.trim() : String(value);
          if (text !== "" && !file.missing.includes(text)) {
            const fast = typeof value === "string" ? field.fast(text) : ASK_PARSE_VALUE;
            result = fast !== ASK_PARSE_VALUE ? fast : slowValue(value, field.spec, field.context);
          }
        }
        const report = (rule: string, expected: string, fix: string) => {
          usable = false;
          const text = value === undefined ? "" : String(value).trim();
          issues.push({
            site,
            file: file.path,
            ...at(field.name, field.column, number),
            value: field.spec.identifier ? { withheld: field.name } : text === "" ? null : text,
            rule,
            expected,
            fix,
          });
        };
        if (result !== null && typeof result === "object") {
          report(result.rule, result.expected, result.fix);
          result = null;
        } else if (result === null && field.spec.required) {
          report(
            "missing-required",
            `a value: ${field.name} is required`,
            "fill in the value in the export",
          );
        } else if (
          field.name === "case_id" && result !== null && !CASE_ID.test(String(result))
        ) {
          report(
            "invalid-case-id",
            "a case number of 1 to 16 letters, digits, _ or -",
            "correct the case number in the export",
          );
        }
        parsed[i] = result;
      }
      // The codebook: a line is for advanced disease when the site does not say otherwise.
      if (setting >= 0 && parsed[setting] === null) parsed[setting] = advanced;
      if (!usable) {
        failed.push({
          table: table.table,
          caseId: caseText(parsed[0] ?? null),
          line: table.table === "patients" ? null : (parsed[1] as number | null) ?? null,
        });
        return;
      }
      rows.push(number);
      fingerprints.push(fingerprint);
      for (let i = 0; i < fields.length; i++) fields[i]!.store?.push(parsed[i] ?? null);
    },
    done() {
      const values: Record<string, FieldColumn> = {};
      for (const field of fields) if (field.store) values[field.name] = field.store.done();
      return {
        table: table.table,
        length: rows.length,
        row: rows.done(),
        fingerprint: fingerprints.done(),
        values,
      };
    },
  };
}

/** `parseValue`'s answer, as a stored value (a day, a number, a code index, a text) or a failure. */
function slowValue(
  cell: Cell,
  spec: FieldSpec,
  context: ValueContext,
): number | string | null | { rule: string; expected: string; fix: string } {
  const parsed = parseValue(cell, spec, context);
  if ("failure" in parsed) return parsed.failure;
  const value = parsed.value;
  if (value === null) return null;
  switch (spec.type) {
    case "date":
      return dayNumber(String(value));
    case "code":
      return (spec.values ?? []).indexOf(String(value));
    default:
      return value;
  }
}

/** The case number as stored for a failed row: the text, or null. */
function caseText(value: number | string | null): string | null {
  return value === null ? null : String(value);
}

interface Store {
  push(value: number | string | null): void;
  done(): FieldColumn;
}

/** Where the values of a field of `spec`'s type go. */
function storeFor(spec: FieldSpec): Store {
  switch (spec.type) {
    case "date":
      return numbers(growingInt32(), NO_DAY);
    case "number":
    case "integer":
      return numbers(growingFloat64(), NaN);
    case "code":
      return numbers(growingInt8(), -1);
    case "text": {
      const texts: (string | null)[] = [];
      return { push: (value) => texts.push(value as string | null), done: () => texts };
    }
  }
}

function numbers(column: Growing<Int32Array | Float64Array | Int8Array>, none: number): Store {
  return {
    push: (value) => column.push(value === null ? none : value as number),
    done: () => column.done(),
  };
}
