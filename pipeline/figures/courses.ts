/**
 * Each patient's course as the figures draw it, joined from the three analysis datasets: the
 * dates of the swimmer plot (advanced diagnosis, last contact, death; each line's start, its PFS
 * end and its first response) with the survival times and best responses the other figures use.
 *
 * Survival times, events and best responses come from the statistics stage's parsers, so every
 * figure shows the numbers the statistics report; this module adds the dates those parsers skip.
 *
 * @module
 */

import { csvParse } from "d3-dsv";
import type { ResponseCode } from "../_shared/contracts/cdm.ts";
import { PipelineError } from "../_shared/stage.ts";
import { parseAdtte, parseBestResponses } from "../_shared/contracts/adam_records.ts";

/** One line of therapy. */
export interface LineCourse {
  line: number;
  regimen: string;
  regimenClass: string;
  startDate: string;
  /** PFS: end date (event or censoring), whole days, event flag and ADTTE's description. */
  pfs: { endDate: string; days: number; event: boolean; description: string };
  /** Headline best overall response, the first date it was met, best % change, and its source. */
  best: {
    response: ResponseCode;
    date: string | null;
    percentChange: number | null;
    source: string;
  };
}

/** One patient. */
export interface PatientCourse {
  usubjid: string;
  advancedDate: string;
  lastAliveDate: string;
  deathDate: string | null;
  os: { days: number; event: boolean };
  lines: LineCourse[];
}

/** ADRS source of a line without any response data (RSSRC). */
export const NO_RESPONSE_DATA = "NO RESPONSE DATA";

type Row = Record<string, string | undefined>;

/** Joins `adsl.csv`, `adrs.csv` and `adtte.csv` into patient courses, in ADSL order. */
export function parseCourses(text: { adsl: string; adrs: string; adtte: string }): PatientCourse[] {
  const tte = parseAdtte(text.adtte);
  const tteRows = csvParse(text.adtte);
  const best = parseBestResponses(text.adrs);
  const bestRows = csvParse(text.adrs).filter((row) => row.ANL01FL === "Y");
  const os = new Map(tte.filter((r) => r.paramcd === "OS").map((r) => [r.usubjid, r]));
  const lines = new Map<string, LineCourse[]>();
  const bestByKey = new Map(best.map((b, i) => [key(b.usubjid, b.line), { b, row: bestRows[i]! }]));
  tte.forEach((r, i) => {
    if (r.paramcd !== "PFS") return;
    const where = `adtte.csv, data row ${i + 1}`;
    const row = tteRows[i]!;
    const line = r.line ??
      fail(`${where}: column LINE is empty; expected a line number on PFS rows`);
    const response = bestByKey.get(key(r.usubjid, line)) ??
      fail(
        `${where}: ${r.usubjid} line ${line} has no headline best response (ANL01FL = Y) in adrs.csv; expected one per PFS row`,
      );
    const course: LineCourse = {
      line,
      regimen: response.b.regimen,
      regimenClass: response.b.regimenClass,
      startDate: required(row, "STARTDT", where),
      pfs: {
        endDate: required(row, "ADT", where),
        days: r.days,
        event: r.event,
        description: row.EVNTDESC || row.CNSDTDSC || "",
      },
      best: {
        response: response.b.response,
        date: response.row.ADT || null,
        percentChange: response.b.percentChange,
        source: required(response.row, "RSSRC", `adrs.csv, ${r.usubjid} line ${line}`),
      },
    };
    lines.set(r.usubjid, [...(lines.get(r.usubjid) ?? []), course]);
  });
  return csvParse(text.adsl).map((row, i) => {
    const where = `adsl.csv, data row ${i + 1}`;
    const usubjid = required(row, "USUBJID", where);
    const survival = os.get(usubjid) ??
      fail(`${where}: ${usubjid} has no OS row in adtte.csv; expected one per patient`);
    const died = required(row, "DTHFL", where) === "Y";
    return {
      usubjid,
      advancedDate: required(row, "ADVDT", where),
      lastAliveDate: required(row, "LSTALVDT", where),
      deathDate: died ? required(row, "DTHDT", where) : null,
      os: { days: survival.days, event: survival.event },
      lines: (lines.get(usubjid) ?? []).toSorted((a, b) => a.line - b.line),
    };
  });
}

function key(usubjid: string, line: number): string {
  return `${usubjid}#${line}`;
}

function required(row: Row, column: string, where: string): string {
  const value = row[column];
  if (value === undefined || value === "") {
    fail(`${where}: column ${column} is empty or missing; expected a value`);
  }
  return value;
}

function fail(problem: string): never {
  throw new PipelineError(
    `${problem}. Rerun \`deno task all --only derive\` to rewrite the analysis datasets`,
  );
}
