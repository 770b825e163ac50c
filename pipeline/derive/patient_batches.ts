/**
 * The harmonised tables in batches of whole patients, in USUBJID order: the derive stage holds
 * one batch as row objects at a time, so that its memory is bounded by the batch, not by the
 * cohort (a million patients' assessments are several million rows).
 *
 * @module
 */

import type { HarmonisedData } from "../_shared/contracts/cdm.ts";
import { PipelineError } from "../_shared/stage.ts";
import { rowsAt, rowsByBatch, type Table } from "../_shared/table_io.ts";

/** The harmonised tables, columnar, as the harmonise stage wrote them. */
export type HarmonisedTables = Record<keyof HarmonisedData, Table>;

/** Patients per batch: large enough that per-batch work is negligible, small for memory. */
export const BATCH_PATIENTS = 25_000;

/**
 * The tables in batches of `size` patients in USUBJID order, each with every line, assessment
 * and follow-up row of its patients, in the tables' order. A row whose patient is not in the
 * patients table stops the run (a harmonised table would be inconsistent).
 */
export function* patientBatches(
  tables: HarmonisedTables,
  size = BATCH_PATIENTS,
): Generator<HarmonisedData> {
  const ids = tables.patients.column("usubjid")!;
  const order = Array.from({ length: tables.patients.numRows() }, (_, i) => i);
  const id = (i: number) => String(ids.at(i));
  order.sort((a, b) => id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
  const batchOf = new Map<string, number>();
  order.forEach((row, at) => batchOf.set(id(row), Math.floor(at / size)));
  // An empty cohort is one empty batch: the datasets still get their headers.
  const batches = Math.max(1, Math.ceil(order.length / size));
  const rowsOf = (name: "lines" | "assessments" | "followup") =>
    rowsByBatch(tables[name], "usubjid", batchOf, batches, (row, patient) => {
      throw new PipelineError(
        `harmonise/${name}.arrow, row ${row + 1}: patient ${patient} is not in ` +
          "harmonise/patients.arrow; rerun `deno task all --only harmonise`",
      );
    });
  const lines = rowsOf("lines");
  const assessments = rowsOf("assessments");
  const followup = rowsOf("followup");
  for (let b = 0; b < batches; b++) {
    yield {
      patients: rowsAt(tables.patients, order.slice(b * size, (b + 1) * size)),
      lines: rowsAt(tables.lines, lines[b]!),
      assessments: rowsAt(tables.assessments, assessments[b]!),
      followup: rowsAt(tables.followup, followup[b]!),
    } as unknown as HarmonisedData;
  }
}
