/**
 * The pure core of the harmonise stage: ingest's pseudonymised source tables in, the common data
 * model and the data-quality record out. For each person (records of referred patients together):
 * eligibility; then, if included, lines pooled and renumbered, assessments on those lines, and
 * follow-up over all sites. Every raw row gets a fate, and the reconciliation must balance.
 *
 * A {@linkcode Harmoniser} takes persons a batch at a time (the stage reads a registry in batches
 * of whole persons, `person_batches.ts`) and keeps only counts, exclusions and warnings between
 * batches; {@linkcode harmonise} is the whole cohort in one batch.
 *
 * @module
 */

import type { DataWarning } from "../_shared/contracts/data_warning.ts";
import type { Rows } from "../_shared/contracts/ingest_tables.ts";
import { PipelineError } from "../_shared/stage.ts";
import {
  type CdmTableName,
  ELIGIBILITY_REASONS,
  MERGE_REASONS,
} from "../_shared/contracts/cdm_schema.ts";
import { cdmRows } from "./cdm_rows.ts";
import { eligibility, type TherapyWindow } from "../_shared/eligibility.ts";
import type { IngestTables } from "./ingest_records.ts";
import { groupPersons, type Person } from "./persons.ts";
import { poolLines } from "./pool_lines.ts";
import type { ExclusionRow, Quality } from "../_shared/contracts/quality.ts";
import { FateTally } from "./reconciliation.ts";
import { personFates } from "./person_fates.ts";
import { personWarnings } from "./record_warnings.ts";
import { REGIMEN_CLASSES_FILE, type RegimenClass } from "../_shared/regimen_classes.ts";
import { sortCdm, sortExclusions } from "./sort_cdm.ts";
import { pushAll } from "../_shared/large_arrays.ts";

/** Harmonises `tables`; persons are included by the criteria and `window` of the analysis plan. */
export function harmonise(
  tables: IngestTables,
  classes: ReadonlyMap<string, RegimenClass>,
  window: TherapyWindow,
): { cdm: Record<CdmTableName, Rows>; quality: Quality } {
  checkRegimenClasses(tables.lines.map((l) => l.regimen), classes);
  const harmoniser = new Harmoniser(tables, classes, window);
  const rows = harmoniser.addPersons(groupPersons(tables));
  const { exclusions, quality } = harmoniser.finish(tables.merged_rows);
  return { cdm: { ...rows, exclusions }, quality };
}

/** Stops the run when a regimen of `regimens` has no class. */
export function checkRegimenClasses(
  regimens: Iterable<string>,
  classes: ReadonlyMap<string, RegimenClass>,
): void {
  const unknown = [...new Set(regimens)].filter((r) => !classes.has(r));
  if (unknown.length > 0) {
    throw new PipelineError(
      `regimen${unknown.length > 1 ? "s" : ""} ${unknown.map((r) => `"${r}"`).join(", ")} ` +
        `ha${
          unknown.length > 1 ? "ve" : "s"
        } no class: add a row for each to ${REGIMEN_CLASSES_FILE}`,
    );
  }
}

/** The common-data-model tables made person by person (exclusions come at the end). */
export type PersonTables = Record<Exclude<CdmTableName, "exclusions">, Rows>;

/**
 * Harmonises persons batch by batch: each batch's rows come back in the tables' documented order,
 * so batches given in person-id order concatenate to the whole cohort's tables; counts,
 * exclusions and warnings accumulate until {@linkcode Harmoniser.finish}.
 */
export class Harmoniser {
  // Only the counts of the raw rows' fates are kept (millions of rows in a registry).
  readonly #tally: FateTally;
  readonly #exclusions: ExclusionRow[] = [];
  readonly #warnings: DataWarning[];
  readonly #excluded = Object.fromEntries(ELIGIBILITY_REASONS.map((r) => [r, 0])) as Quality[
    "cohort"
  ]["excluded"];
  readonly #merged = Object.fromEntries(MERGE_REASONS.map((r) => [r, 0])) as Quality[
    "cohort"
  ]["merged"];
  readonly #rowsRead: IngestTables["rows_read"];
  #persons = 0;
  #included = 0;

  constructor(
    tables: Pick<IngestTables, "rows_read" | "warnings">,
    readonly classes: ReadonlyMap<string, RegimenClass>,
    readonly window: TherapyWindow,
  ) {
    this.#rowsRead = tables.rows_read;
    this.#tally = new FateTally(tables.rows_read);
    this.#warnings = [...tables.warnings];
  }

  /** The rows of `persons` (sorted by id), each table in its documented order. */
  addPersons(persons: readonly Person[]): PersonTables {
    const cdm: PersonTables = { patients: [], lines: [], assessments: [], followup: [] };
    const tally = this.#tally;
    for (const person of persons) {
      this.#persons += 1;
      const excluded = eligibility(person, this.window);
      for (const other of person.records.slice(1)) {
        this.#merged.referral_merged += 1;
        this.#exclusions.push({
          site: other.site,
          case_id: other.case_id,
          reason: "referral_merged",
          detail:
            `same patient as ${person.id} (birth date, sex and diagnosis date match): counted once`,
        });
      }
      if (excluded) {
        this.#excluded[excluded.reason] += 1;
        this.#exclusions.push({
          site: person.canonical.site,
          case_id: person.canonical.case_id,
          ...excluded,
        });
        for (const { fate, ...where } of personFates(person, excluded)) tally.add(where, fate);
        pushAll(this.#warnings, personWarnings(person));
        continue;
      }
      const pooled = poolLines(person);
      for (const { fate, ...where } of personFates(person, { pooled })) tally.add(where, fate);
      const rows = cdmRows(person, pooled, this.classes);
      for (const name of ["patients", "lines", "assessments", "followup"] as const) {
        pushAll(cdm[name], rows[name]);
      }
      pushAll(this.#warnings, personWarnings(person, pooled));
    }
    this.#included += cdm.patients.length;
    const sorted = sortCdm({ ...cdm, exclusions: [] });
    return {
      patients: sorted.patients,
      lines: sorted.lines,
      assessments: sorted.assessments,
      followup: sorted.followup,
    };
  }

  /** The exclusions and the data-quality record, once every person was added. */
  finish(mergedRows: IngestTables["merged_rows"]): { exclusions: Rows; quality: Quality } {
    for (const merged of mergedRows) {
      this.#tally.add(merged, { kind: "merged", reason: "duplicate_row" });
      if (merged.table !== "patients") continue;
      this.#merged.duplicate_row += 1;
      this.#exclusions.push({
        site: merged.site,
        case_id: merged.case_id,
        reason: "duplicate_row",
        detail: merged.detail,
      });
    }
    const reconciliation = this.#tally.reconciliation();
    if (!reconciliation.balanced) {
      const off = reconciliation.files.filter((r) => !r.balanced).map((r) =>
        `${r.site} ${r.file} ${r.table}`
      );
      throw new Error(
        `reconciliation does not balance for ${
          off.join(", ")
        }: a raw row was lost or counted twice`,
      );
    }
    const exclusions = sortExclusions(this.#exclusions);
    const quality: Quality = {
      cohort: {
        sites: reconciliation.sites.map((s) => s.site),
        patientRowsRead: this.#rowsRead.filter((r) => r.table === "patients").reduce(
          (n, r) => n + r.rows_read,
          0,
        ),
        merged: this.#merged,
        patients: this.#persons,
        excluded: this.#excluded,
        included: this.#included,
      },
      reconciliation,
      exclusions: exclusions as unknown as ExclusionRow[],
      warnings: this.#warnings,
    };
    return { exclusions, quality };
  }
}
