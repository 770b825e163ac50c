/**
 * ADTTE: one row per patient for overall survival, and one per patient and line for
 * progression-free survival. AVAL is in months (days / daysPerMonth, 4 decimals); AVALDY keeps the
 * exact whole days, from which every statistic is computed.
 *
 * @module
 */

import type { AnalysisPlan } from "../../_shared/analysis_plan.ts";
import { osOriginWords } from "../../_shared/plan_words.ts";
import type { PatientEndpoints } from "../endpoints.ts";
import type { TimeToEvent } from "../time_to_event.ts";
import { type AdamColumn, fixed, integer, SRCREC_COLUMN, subjectColumns } from "./columns.ts";
import { patientSources, pfsSources } from "./sources.ts";

/** One ADTTE record. */
export interface AdtteRow {
  usubjid: string;
  siteid: string;
  paramcd: "OS" | "PFS";
  line: number | null;
  regimen: string | null;
  regimenClass: string | null;
  tte: TimeToEvent;
  /** The raw records behind the row. */
  sources: string;
}

/** Each subject's OS row, then its PFS rows by line (ADaM's order: USUBJID, PARAMCD, LINE). */
export function* adtteRows(patients: readonly PatientEndpoints[]): Generator<AdtteRow> {
  for (const p of patients) {
    yield osRow(p);
    yield* pfsRows(p);
  }
}

function osRow(p: PatientEndpoints): AdtteRow {
  return {
    usubjid: p.patient.usubjid,
    siteid: p.patient.siteid,
    paramcd: "OS",
    line: null,
    regimen: null,
    regimenClass: null,
    tte: p.os,
    sources: patientSources(p),
  };
}

function pfsRows(p: PatientEndpoints): AdtteRow[] {
  return p.lines.map((l): AdtteRow => ({
    usubjid: p.patient.usubjid,
    siteid: p.patient.siteid,
    paramcd: "PFS",
    line: l.line.line,
    regimen: l.line.regimen,
    regimenClass: l.line.regimen_class,
    tte: l.pfs,
    sources: pfsSources(p, l),
  }));
}

/** ADTTE columns; the months convention and the OS origin come from the analysis plan. */
export function adtteColumns(
  plan: Pick<AnalysisPlan, "daysPerMonth" | "overallSurvival">,
): AdamColumn<AdtteRow>[] {
  const daysPerMonth = plan.daysPerMonth;
  const params = {
    OS: osOriginWords(plan).title,
    PFS: "Progression-free survival of the line",
  } as const;
  return [
    ...subjectColumns<AdtteRow>(),
    {
      name: "PARAMCD",
      label: "Parameter code",
      type: "Char",
      values: "OS, PFS",
      get: (r) => r.paramcd,
    },
    { name: "PARAM", label: "Parameter", type: "Char", get: (r) => params[r.paramcd] },
    { name: "LINE", label: "Line of therapy (PFS)", type: "Num", get: (r) => integer(r.line) },
    { name: "REGIMEN", label: "Regimen of the line (PFS)", type: "Char", get: (r) => r.regimen },
    {
      name: "REGCLASS",
      label: "Regimen class of the line (PFS)",
      type: "Char",
      get: (r) => r.regimenClass,
    },
    { name: "STARTDT", label: "Time origin", type: "Date", get: (r) => r.tte.startDate },
    { name: "ADT", label: "Date of event or censoring", type: "Date", get: (r) => r.tte.endDate },
    {
      name: "AVAL",
      label: "Time to event or censoring",
      type: "Num",
      values: `months (days / ${daysPerMonth}), 4 decimals`,
      get: (r) => fixed(r.tte.days / daysPerMonth, 4),
    },
    { name: "AVALU", label: "Unit of AVAL", type: "Char", values: "MONTHS", get: () => "MONTHS" },
    {
      name: "AVALDY",
      label: "Time to event or censoring in days",
      type: "Num",
      get: (r) => integer(r.tte.days),
    },
    {
      name: "CNSR",
      label: "Censoring",
      type: "Num",
      values: "0 = event, 1 = censored",
      get: (r) => integer(r.tte.cnsr),
    },
    {
      name: "EVNTDESC",
      label: "Event description",
      type: "Char",
      get: (r) => r.tte.eventDescription || null,
    },
    {
      name: "CNSDTDSC",
      label: "Censoring date description",
      type: "Char",
      get: (r) => r.tte.censorDescription || null,
    },
    SRCREC_COLUMN((r) => r.sources),
  ];
}
