/**
 * ADRS: tumour response per patient and line. Three parameters:
 * - `OVRLRESP`, one row per post-baseline time-point (derived from measurements, or reported);
 * - `BOR`, best overall response without confirmation of CR/PR;
 * - `CBOR`, best overall response with CR/PR confirmed (RECIST 1.1 section 4.4.1).
 * `ANL01FL = Y` marks the best-response parameter the analysis plan chose as the headline.
 *
 * @module
 */

import { RESPONSE_SOURCES } from "../../_shared/contracts/adam_records.ts";
import type { ResponseCode } from "../../_shared/contracts/cdm.ts";
import type { BestResponse } from "../recist/mod.ts";
import type { LineEndpoints, PatientEndpoints } from "../endpoints.ts";
import { type AdamColumn, fixed, flag, integer, SRCREC_COLUMN, subjectColumns } from "./columns.ts";
import { bestResponseSources, timepointSources } from "./sources.ts";

/** One ADRS record. */
export interface AdrsRow {
  usubjid: string;
  siteid: string;
  line: LineEndpoints;
  paramcd: "OVRLRESP" | "BOR" | "CBOR";
  date: string | null;
  response: ResponseCode;
  percentChange: number | null;
  reported: ResponseCode | null;
  headline: boolean;
  /** The raw records behind the row. */
  sources: string;
}

const PARAMS = {
  OVRLRESP: "Overall response at the time-point (RECIST 1.1)",
  BOR: "Best overall response, CR/PR not confirmed (RECIST 1.1)",
  CBOR: "Best overall response, CR/PR confirmed (RECIST 1.1)",
} as const;

/** The ADRS records of every patient, in subject, line and parameter order, one at a time. */
export function* adrsRows(
  patients: readonly PatientEndpoints[],
  confirmation: boolean,
): Generator<AdrsRow> {
  for (const p of patients) yield* patientAdrsRows(p, confirmation);
}

/** The ADRS records of one patient. */
function patientAdrsRows(p: PatientEndpoints, confirmation: boolean): AdrsRow[] {
  return [p].flatMap((p) =>
    p.lines.flatMap((l) => {
      const base = { usubjid: p.patient.usubjid, siteid: p.patient.siteid, line: l };
      const timepoints = l.response.timepoints.map((t): AdrsRow => ({
        ...base,
        paramcd: "OVRLRESP",
        date: t.date,
        response: t.response,
        percentChange: t.percentChangeFromBaseline,
        reported: l.response.source === "measurements" ? t.reported : null,
        headline: false,
        sources: timepointSources(l, t.date),
      }));
      const best = (paramcd: "BOR" | "CBOR", b: BestResponse, headline: boolean): AdrsRow => ({
        ...base,
        paramcd,
        // A site's reported best response often has no date of its own: ADT stays empty rather
        // than borrowing the progression date, except for PD, whose date is the progression's.
        date: b.responseDate ?? (b.response === "PD" ? b.progressionDate : null),
        response: b.response,
        percentChange: l.response.bestPercentChange,
        reported: l.response.source === "reported" ? null : l.line.best_response_reported,
        headline,
        sources: bestResponseSources(l),
      });
      return [
        ...timepoints,
        best("BOR", l.response.unconfirmed, !confirmation),
        best("CBOR", l.response.confirmed, confirmation),
      ];
    })
  );
}

const SOURCES = RESPONSE_SOURCES;

export const ADRS_COLUMNS: AdamColumn<AdrsRow>[] = [
  ...subjectColumns<AdrsRow>(),
  {
    name: "LINE",
    label: "Line of therapy for advanced disease",
    type: "Num",
    get: (r) => integer(r.line.line.line),
  },
  { name: "REGIMEN", label: "Regimen (normalised)", type: "Char", get: (r) => r.line.line.regimen },
  { name: "REGCLASS", label: "Regimen class", type: "Char", get: (r) => r.line.line.regimen_class },
  { name: "TRTSDT", label: "Start of the line", type: "Date", get: (r) => r.line.line.start_date },
  {
    name: "PARAMCD",
    label: "Parameter code",
    type: "Char",
    values: "OVRLRESP, BOR, CBOR",
    get: (r) => r.paramcd,
  },
  { name: "PARAM", label: "Parameter", type: "Char", get: (r) => PARAMS[r.paramcd] },
  {
    name: "ADT",
    label: "Assessment date (BOR, CBOR: first date the best response was met; for PD, the " +
      "date of progression; empty when the site reported the response without a date)",
    type: "Date",
    get: (r) => r.date,
  },
  {
    name: "AVALC",
    label: "Response",
    type: "Char",
    values: "CR, PR, SD, PD, NE",
    get: (r) => r.response,
  },
  {
    name: "RSSRC",
    label: "Source of the response",
    type: "Char",
    values: Object.values(SOURCES).join(", "),
    get: (r) => SOURCES[r.line.response.source],
  },
  {
    name: "PCHG",
    label: "Percent change of the target-lesion sum from baseline (BOR, CBOR: best)",
    type: "Num",
    values: "%, 2 decimals",
    get: (r) => fixed(r.percentChange, 2),
  },
  {
    name: "RPTVAL",
    label: "Response reported by the site, where the pipeline derived its own",
    type: "Char",
    get: (r) => r.reported,
  },
  {
    name: "DISCFL",
    label: "Derived and reported responses disagree",
    type: "Char",
    values: "Y, N",
    get: (r) => flag(r.reported !== null && r.reported !== r.response),
  },
  {
    name: "ORRFL",
    label: "Objective response (CR or PR)",
    type: "Char",
    values: "Y, N; empty for OVRLRESP",
    get: (r) => r.paramcd === "OVRLRESP" ? null : flag(r.response === "CR" || r.response === "PR"),
  },
  {
    name: "DCRFL",
    label: "Disease control (CR, PR or SD)",
    type: "Char",
    values: "Y, N; empty for OVRLRESP",
    get: (r) => r.paramcd === "OVRLRESP" ? null : flag(["CR", "PR", "SD"].includes(r.response)),
  },
  {
    name: "ANL01FL",
    label: "Headline best-response parameter of the analysis plan",
    type: "Char",
    values: "Y or empty",
    get: (r) => r.headline ? "Y" : null,
  },
  SRCREC_COLUMN((r) => r.sources),
];
