/**
 * The Cox model's design matrix from named terms, as R's `model.matrix` builds it for `coxph`
 * (no intercept): a numeric term is one column as given; a factor with levels L1..Lk is k − 1
 * indicator columns for L2..Lk, treatment contrasts against its first level, the reference.
 *
 * Values are checked at this boundary: a missing or non-finite number, or a level not among the
 * given ones, stops the fit with the subject and term named (R would drop incomplete rows
 * silently; the caller decides which subjects to analyse).
 *
 * @module
 */

import { codeFactor } from "./_factor_levels.ts";

/** A covariate: one value per subject, in the order of the records. */
export type CoxTerm =
  | { kind: "numeric"; name: string; values: readonly number[] }
  | {
    kind: "factor";
    name: string;
    values: readonly string[];
    /** Level order; the first is the reference. Default: sorted distinct values. */
    levels?: readonly string[];
  };

/** What one column of the design matrix, and so one coefficient, stands for. */
export interface CoxColumn {
  term: string;
  /** The factor level this indicator marks; null for a numeric term. */
  level: string | null;
  /** The factor's reference level; null for a numeric term. */
  reference: string | null;
  /** "age" or "sex=2", for messages. */
  label: string;
}

/** Columns (one per coefficient), what each stands for, and which are −1/0/1 indicators. */
export interface CoxDesign {
  columns: Float64Array[];
  descriptions: CoxColumn[];
  zeroOne: boolean[];
}

/** The design matrix for `terms` over `n` subjects. */
export function buildDesign(terms: readonly CoxTerm[], n: number): CoxDesign {
  const names = terms.map((term) => term.name);
  if (new Set(names).size !== names.length) {
    throw new RangeError(`Expected distinct term names but found ${JSON.stringify(names)}`);
  }
  const design: CoxDesign = { columns: [], descriptions: [], zeroOne: [] };
  for (const term of terms) {
    if (term.values.length !== n) {
      throw new RangeError(
        `Expected term ${term.name} to have one value per record (${n}) but found ${term.values.length}`,
      );
    }
    if (term.kind === "numeric") addNumeric(design, term.name, term.values);
    else if (term.kind === "factor") addFactor(design, term.name, term.values, term.levels);
    else {
      throw new TypeError(
        `Expected term kind "numeric" or "factor" but found ${
          JSON.stringify((term as CoxTerm).kind)
        }`,
      );
    }
  }
  if (design.columns.length === 0) {
    throw new RangeError(
      `Expected at least one coefficient but the terms ${JSON.stringify(names)} give none`,
    );
  }
  return design;
}

function addNumeric(design: CoxDesign, name: string, values: readonly number[]): void {
  values.forEach((value, i) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new RangeError(
        `Expected ${name} of subject ${i} to be a finite number but found ${value}`,
      );
    }
  });
  design.columns.push(Float64Array.from(values));
  design.descriptions.push({ term: name, level: null, reference: null, label: name });
  design.zeroOne.push(values.every((value) => value === 0 || value === 1 || value === -1));
}

function addFactor(
  design: CoxDesign,
  name: string,
  values: readonly string[],
  levels: readonly string[] | undefined,
): void {
  const coding = codeFactor(values, levels, name);
  const reference = coding.levels[0];
  if (reference === undefined) throw new RangeError(`Expected factor ${name} to have levels`);
  coding.levels.slice(1).forEach((level, k) => {
    design.columns.push(Float64Array.from(coding.codes, (code) => (code === k + 1 ? 1 : 0)));
    design.descriptions.push({ term: name, level, reference, label: `${name}=${level}` });
    design.zeroOne.push(true);
  });
}
