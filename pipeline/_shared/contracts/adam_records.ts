/**
 * Typed records of the analysis datasets in `outputs/analysis/`, parsed from their CSV text.
 * The derive stage writes these files (their columns are documented in
 * `outputs/analysis/README.md`); the statistics and figures stages read them through these parsers
 * only, so every statistic can be recomputed from the same files elsewhere (R, SAS).
 *
 * @module
 */

import { csvParse } from "d3-dsv";
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

type Raw = Record<string, string | undefined>;

function field(row: Raw, name: string, file: string, index: number): string {
  const value = row[name];
  if (value === undefined || value === "") {
    throw new PipelineError(
      `${file}, data row ${index + 1}: column ${name} is empty or missing; ` +
        "rerun `deno task all --from derive` to rewrite the analysis datasets",
    );
  }
  return value;
}

function optional(row: Raw, name: string): string | null {
  const value = row[name];
  return value === undefined || value === "" ? null : value;
}

/** Parses `adsl.csv`. */
export function parseAdsl(text: string, file = "adsl.csv"): AdslRecord[] {
  return csvParse(text).map((row, i) => {
    const get = (name: string) => field(row, name, file, i);
    return {
      usubjid: get("USUBJID"),
      siteid: get("SITEID"),
      sites: get("SITES").split(";"),
      sex: optional(row, "SEX") ?? "",
      age: optional(row, "AGE") === null ? null : Number(row.AGE),
      stage: optional(row, "STAGEDX") ?? "",
      metastatic: row.METSDXFL === "Y",
      primarySite: optional(row, "PRIMSITE") ?? "",
      fusion: optional(row, "FUSION") ?? "",
      lines: Number(get("NLINES")),
      firstLineStart: get("TRTSDT"),
      lastLineStart: get("TRTLSDT"),
      advancedDate: get("ADVDT"),
      lastAliveDate: get("LSTALVDT"),
      deathDate: get("DTHFL") === "Y" ? get("DTHDT") : null,
    };
  });
}

/**
 * Parses the best-response records of `adrs.csv`: the headline ones (`ANL01FL = Y`), or those of
 * a parameter (`BOR` without, `CBOR` with confirmation of CR/PR) when `parameter` is given.
 */
export function parseBestResponses(
  text: string,
  file = "adrs.csv",
  parameter?: "BOR" | "CBOR",
): BestResponseRecord[] {
  return csvParse(text).flatMap((row, i) => {
    if (parameter === undefined ? row.ANL01FL !== "Y" : row.PARAMCD !== parameter) return [];
    const get = (name: string) => field(row, name, file, i);
    const change = optional(row, "PCHG");
    return [{
      usubjid: get("USUBJID"),
      line: Number(get("LINE")),
      regimen: get("REGIMEN"),
      regimenClass: get("REGCLASS"),
      response: get("AVALC") as ResponseCode,
      date: optional(row, "ADT"),
      percentChange: change === null ? null : Number(change),
      source: get("RSSRC"),
    }];
  });
}

/** Parses `adtte.csv`; times are the exact whole days of AVALDY. */
export function parseAdtte(text: string, file = "adtte.csv"): AdtteRecord[] {
  return csvParse(text).map((row, i) => {
    const get = (name: string) => field(row, name, file, i);
    const line = optional(row, "LINE");
    const event = get("CNSR") === "0";
    return {
      usubjid: get("USUBJID"),
      paramcd: get("PARAMCD") as AdtteRecord["paramcd"],
      line: line === null ? null : Number(line),
      regimen: optional(row, "REGIMEN"),
      regimenClass: optional(row, "REGCLASS"),
      startDate: get("STARTDT"),
      endDate: get("ADT"),
      days: Number(get("AVALDY")),
      event,
      description: get(event ? "EVNTDESC" : "CNSDTDSC"),
    };
  });
}
