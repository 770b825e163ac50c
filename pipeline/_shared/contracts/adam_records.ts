/**
 * Typed records of the analysis datasets in `outputs/analysis/`, parsed from their CSV text.
 * The statistics stage reads only these files, so every statistic can be recomputed from them
 * elsewhere (R, SAS) without the pipeline.
 *
 * @module
 */

import { csvParse } from "d3-dsv";
import { PipelineError } from "../stage.ts";

/** ADSL: one patient. */
export interface AdslRecord {
  usubjid: string;
  siteid: string;
  sites: string[];
  sex: string;
  age: number;
  stage: string;
  metastatic: boolean;
  primarySite: string;
  fusion: string;
  lines: number;
  firstLineStart: string;
  lastLineStart: string;
}

/** ADRS best-response record (the plan's headline parameter). */
export interface BestResponseRecord {
  usubjid: string;
  line: number;
  regimen: string;
  regimenClass: string;
  response: "CR" | "PR" | "SD" | "PD" | "NE";
  percentChange: number | null;
}

/** ADTTE record. */
export interface AdtteRecord {
  usubjid: string;
  paramcd: "OS" | "PFS";
  line: number | null;
  regimen: string | null;
  regimenClass: string | null;
  days: number;
  event: boolean;
}

type Raw = Record<string, string | undefined>;

function field(row: Raw, name: string, file: string, index: number): string {
  const value = row[name];
  if (value === undefined || value === "") {
    throw new PipelineError(
      `${file}, data row ${index + 1}: column ${name} is empty or missing; ` +
        "rerun `deno task all --only derive` to rewrite the analysis datasets",
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
      sex: get("SEX"),
      age: Number(get("AGE")),
      stage: get("STAGEDX"),
      metastatic: get("METSDXFL") === "Y",
      primarySite: get("PRIMSITE"),
      fusion: get("FUSION"),
      lines: Number(get("NLINES")),
      firstLineStart: get("TRTSDT"),
      lastLineStart: get("TRTLSDT"),
    };
  });
}

/** Parses the headline best-response records (`ANL01FL = Y`) of `adrs.csv`. */
export function parseBestResponses(text: string, file = "adrs.csv"): BestResponseRecord[] {
  return csvParse(text).flatMap((row, i) => {
    if (row.ANL01FL !== "Y") return [];
    const get = (name: string) => field(row, name, file, i);
    const change = optional(row, "PCHG");
    return [{
      usubjid: get("USUBJID"),
      line: Number(get("LINE")),
      regimen: get("REGIMEN"),
      regimenClass: get("REGCLASS"),
      response: get("AVALC") as BestResponseRecord["response"],
      percentChange: change === null ? null : Number(change),
    }];
  });
}

/** Parses `adtte.csv`; times are the exact whole days of AVALDY. */
export function parseAdtte(text: string, file = "adtte.csv"): AdtteRecord[] {
  return csvParse(text).map((row, i) => {
    const get = (name: string) => field(row, name, file, i);
    const line = optional(row, "LINE");
    return {
      usubjid: get("USUBJID"),
      paramcd: get("PARAMCD") as AdtteRecord["paramcd"],
      line: line === null ? null : Number(line),
      regimen: optional(row, "REGIMEN"),
      regimenClass: optional(row, "REGCLASS"),
      days: Number(get("AVALDY")),
      event: get("CNSR") === "0",
    };
  });
}
