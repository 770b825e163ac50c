/**
 * Typed records of the analysis datasets in `outputs/analysis/`, read from their CSV files row
 * by row (a registry's datasets are larger than one string can hold) or parsed from CSV text.
 * The derive stage writes these files (their columns are documented in
 * `outputs/analysis/README.md`); the statistics and figures stages read them through these parsers
 * only, so every statistic can be recomputed from the same files elsewhere (R, SAS).
 *
 * @module
 */

import { csvParse } from "d3-dsv";
import { type CsvField, readCsvRows } from "../csv_read.ts";
import type { ResponseCode } from "./cdm.ts";
import { PipelineError } from "../stage.ts";

/** ADSL: one patient. */
export interface AdslRecord {
  usubjid: string;
  siteid: string;
  sites: string[];
  /** Baseline characteristics: "" (or null for age) where the dataset has no value. */
  sex: string;
  age: number | null;
  stage: string;
  metastatic: boolean;
  primarySite: string;
  fusion: string;
  lines: number;
  firstLineStart: string;
  lastLineStart: string;
  advancedDate: string;
  lastAliveDate: string;
  deathDate: string | null;
}

/** ADRS best-response record (the plan's headline parameter, `ANL01FL = Y`). */
export interface BestResponseRecord {
  usubjid: string;
  line: number;
  regimen: string;
  regimenClass: string;
  response: ResponseCode;
  /** The first date the best response was met; null when the site reported none. */
  date: string | null;
  percentChange: number | null;
  /** RSSRC: where the response comes from (see {@linkcode RESPONSE_SOURCES}). */
  source: string;
}

/** ADRS sources of a response (RSSRC), by the derive stage's precedence. */
export const RESPONSE_SOURCES = {
  measurements: "DERIVED FROM MEASUREMENTS",
  timepoints: "REPORTED TIME-POINT RESPONSES",
  reported: "REPORTED BEST RESPONSE",
  none: "NO RESPONSE DATA",
} as const;

/** ADTTE record. */
export interface AdtteRecord {
  usubjid: string;
  paramcd: "OS" | "PFS";
  line: number | null;
  regimen: string | null;
  regimenClass: string | null;
  startDate: string;
  endDate: string;
  /** Exact whole days (AVALDY): every statistic is computed from these. */
  days: number;
  event: boolean;
  /** EVNTDESC for events, CNSDTDSC for censored records. */
  description: string;
}

function required(field: CsvField, name: string, file: string, index: number): string {
  const value = field(name);
  if (value === undefined || value === "") {
    throw new PipelineError(
      `${file}, data row ${index + 1}: column ${name} is empty or missing; ` +
        "rerun `deno task all --from derive` to rewrite the analysis datasets",
    );
  }
  return value;
}

function optional(field: CsvField, name: string): string | null {
  const value = field(name);
  return value === undefined || value === "" ? null : value;
}

/**
 * One shared copy of each value of a categorical column (regimen, class, source): a million
 * records then hold a few dozen strings, and none holds on to the chunk of text it was read from.
 */
function interner(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    let kept = seen.get(value);
    if (kept === undefined) {
      kept = value.length > 12 ? [...value].join("") : value;
      seen.set(kept, kept);
    }
    return kept;
  };
}

/** Reads ADSL records from one row; `file` names the dataset in messages. */
export function adslReader(file = "adsl.csv"): (field: CsvField, index: number) => AdslRecord {
  const shared = interner();
  return (field, i) => {
    const get = (name: string) => required(field, name, file, i);
    const age = optional(field, "AGE");
    return {
      usubjid: get("USUBJID"),
      siteid: shared(get("SITEID")),
      sites: get("SITES").split(";").map(shared),
      sex: shared(optional(field, "SEX") ?? ""),
      age: age === null ? null : Number(age),
      stage: shared(optional(field, "STAGEDX") ?? ""),
      metastatic: field("METSDXFL") === "Y",
      primarySite: shared(optional(field, "PRIMSITE") ?? ""),
      fusion: shared(optional(field, "FUSION") ?? ""),
      lines: Number(get("NLINES")),
      firstLineStart: get("TRTSDT"),
      lastLineStart: get("TRTLSDT"),
      advancedDate: get("ADVDT"),
      lastAliveDate: get("LSTALVDT"),
      deathDate: get("DTHFL") === "Y" ? get("DTHDT") : null,
    };
  };
}

/**
 * Reads the best-response records of ADRS: the headline ones (`ANL01FL = Y`), or those of a
 * parameter (`BOR` without, `CBOR` with confirmation of CR/PR) when `parameter` is given; null
 * for every other row.
 */
export function bestResponseReader(
  file = "adrs.csv",
  parameter?: "BOR" | "CBOR",
): (field: CsvField, index: number) => BestResponseRecord | null {
  const shared = interner();
  return (field, i) => {
    if (parameter === undefined ? field("ANL01FL") !== "Y" : field("PARAMCD") !== parameter) {
      return null;
    }
    const get = (name: string) => required(field, name, file, i);
    const change = optional(field, "PCHG");
    return {
      usubjid: get("USUBJID"),
      line: Number(get("LINE")),
      regimen: shared(get("REGIMEN")),
      regimenClass: shared(get("REGCLASS")),
      response: shared(get("AVALC")) as ResponseCode,
      date: optional(field, "ADT"),
      percentChange: change === null ? null : Number(change),
      source: shared(get("RSSRC")),
    };
  };
}

/** Reads ADTTE records; times are the exact whole days of AVALDY. */
export function adtteReader(file = "adtte.csv"): (field: CsvField, index: number) => AdtteRecord {
  const shared = interner();
  return (field, i) => {
    const get = (name: string) => required(field, name, file, i);
    const line = optional(field, "LINE");
    const regimen = optional(field, "REGIMEN");
    const regimenClass = optional(field, "REGCLASS");
    const event = get("CNSR") === "0";
    return {
      usubjid: get("USUBJID"),
      paramcd: shared(get("PARAMCD")) as AdtteRecord["paramcd"],
      line: line === null ? null : Number(line),
      regimen: regimen === null ? null : shared(regimen),
      regimenClass: regimenClass === null ? null : shared(regimenClass),
      startDate: get("STARTDT"),
      endDate: get("ADT"),
      days: Number(get("AVALDY")),
      event,
      description: shared(get(event ? "EVNTDESC" : "CNSDTDSC")),
    };
  };
}

/** The records of the analysis datasets that the statistics and figures stages read. */
export interface AdamRecords {
  adsl: AdslRecord[];
  responses: BestResponseRecord[];
  /** The other best-response parameter than the headline one (with or without confirmation). */
  sensitivity: { parameter: "BOR" | "CBOR"; responses: BestResponseRecord[] };
  adtte: AdtteRecord[];
}

/**
 * Reads the analysis datasets in `folder` (`adsl.csv`, `adrs.csv`, `adtte.csv`) row by row;
 * `sensitivity` names the best-response parameter read beside the headline one.
 */
export async function readAdamRecords(
  folder: string,
  sensitivity: "BOR" | "CBOR",
): Promise<AdamRecords> {
  const headline = bestResponseReader();
  const other = bestResponseReader("adrs.csv", sensitivity);
  const responses: BestResponseRecord[] = [];
  const sensitivityResponses = await readCsvRows(`${folder}/adrs.csv`, (field, i) => {
    const record = headline(field, i);
    if (record !== null) responses.push(record);
    return other(field, i);
  });
  return {
    adsl: await readCsvRows(`${folder}/adsl.csv`, adslReader()),
    responses,
    sensitivity: { parameter: sensitivity, responses: sensitivityResponses },
    adtte: await readCsvRows(`${folder}/adtte.csv`, adtteReader()),
  };
}

/** The field getter of a parsed row. */
function fieldsOf(row: Record<string, string | undefined>): CsvField {
  return (name) => row[name];
}

/** Parses the text of `adsl.csv`. */
export function parseAdsl(text: string, file = "adsl.csv"): AdslRecord[] {
  const read = adslReader(file);
  return csvParse(text).map((row, i) => read(fieldsOf(row), i));
}

/** Parses the best-response records of the text of `adrs.csv` (see {@linkcode bestResponseReader}). */
export function parseBestResponses(
  text: string,
  file = "adrs.csv",
  parameter?: "BOR" | "CBOR",
): BestResponseRecord[] {
  const read = bestResponseReader(file, parameter);
  return csvParse(text).flatMap((row, i) => read(fieldsOf(row), i) ?? []);
}

/** Parses the text of `adtte.csv`; times are the exact whole days of AVALDY. */
export function parseAdtte(text: string, file = "adtte.csv"): AdtteRecord[] {
  const read = adtteReader(file);
  return csvParse(text).map((row, i) => read(fieldsOf(row), i));
}
