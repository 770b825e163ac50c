/**
 * The ingest fixture (tests/ingest/fixtures) taken through ingest, ready for harmonise; and small
 * builders of hand-made ingest records for unit tests.
 */

import { ingestRaw } from "../../pipeline/ingest/ingest_raw.ts";
import { harmonise } from "../../pipeline/harmonise/harmonise_core.ts";
import type {
  IngestTables,
  LineRecord,
  PatientRecord,
} from "../../pipeline/harmonise/ingest_records.ts";
import { parseRegimenClasses } from "../../pipeline/_shared/regimen_classes.ts";
import { fixtureInputs, loadFixture } from "../ingest/fixture.ts";
import { interimTablesRows } from "../ingest/interim_rows.ts";

export const WINDOW = { from: "1985-06-01", to: "2021-05-31" };

/** The fixture's regimen classes. */
export async function fixtureClasses() {
  return parseRegimenClasses(await Deno.readTextFile("tests/ingest/fixtures/regimen-classes.csv"));
}

/** What ingest makes of the fixture raw folder (its assessment after death a warning). */
export async function ingestedFixture(): Promise<IngestTables> {
  const result = ingestRaw(await loadFixture(), await fixtureInputs());
  if (!result.ok) throw new Error("the ingest fixture should ingest");
  return interimTablesRows(result.tables) as unknown as IngestTables;
}

/** The fixture through ingest and harmonise. */
export async function harmonisedFixture() {
  return harmonise(await ingestedFixture(), await fixtureClasses(), WINDOW);
}

/** A patient record of `site` case `caseId`, with plausible defaults. */
export function patient(
  site: string,
  caseId: string,
  more: Partial<PatientRecord> = {},
): PatientRecord {
  const id = `${site}-${caseId.padStart(4, "0")}`;
  return {
    site,
    file: "p.csv",
    row: `row ${Number(caseId) + 1}`,
    case_id: caseId,
    usubjid: id,
    person: id,
    sex: "F",
    age_at_diagnosis: 30,
    diagnosis_date: "2010-01-01",
    primary_site: "limb",
    stage_at_diagnosis: "metastatic",
    molecular_confirmation: "yes",
    fusion: "EWSR1-ATF1",
    advanced_date: "2010-01-01",
    last_contact_date: "2012-01-01",
    vital_status: "alive",
    death_date: null,
    ...more,
  };
}

/** A line of patient `p`. */
export function line(
  p: PatientRecord,
  number: number,
  start: string,
  more: Partial<LineRecord> = {},
): LineRecord {
  return {
    site: p.site,
    file: "l.csv",
    row: `row ${number + 1}`,
    case_id: p.case_id,
    usubjid: p.usubjid,
    person: p.person,
    line_reported: number,
    setting: "advanced",
    regimen_reported: "Doxorubicin",
    regimen: "doxorubicin",
    start_date: start,
    end_date: null,
    reason_stopped: null,
    best_response: null,
    progression_date: null,
    ...more,
  };
}
