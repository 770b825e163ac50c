/**
 * The formats in which numbers are printed, by name, so that every printed number can be traced
 * back to its value and re-derived: `FORMATS[ref.format](value) === ref.text`. All rounding is the
 * library's half-up rule on the decimal value (`pipeline/lib/numbers/`); "NE" (not estimable)
 * stands for a missing value.
 *
 * @module
 */

import { decimals } from "../../lib/numbers/format.ts";
import { monthYear, sentenceNumber } from "./words.ts";

/** A format: the value as printed. */
export type Format = (value: unknown) => string;

const number = (value: unknown): number | null => {
  if (value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TypeError(`Expected a finite number or null to print but found ${String(value)}`);
  }
  return value;
};

const integer: Format = (v) => {
  const n = number(v);
  if (n !== null && !Number.isInteger(n)) throw new TypeError(`Expected a count but found ${n}`);
  return n === null ? "NE" : String(n);
};

/** Every format, by name. */
export const FORMATS: Readonly<Record<string, Format>> = {
  /** A count, as digits. */
  integer,
  /** A count in words at the start of a sentence ("Fifty-five"), digits from 100. */
  words: (v) => sentenceNumber(Number(integer(v))),
  /** A value rounded half up to 0, 1 or 2 decimals. */
  decimal0: (v) => decimals(number(v), 0),
  decimal1: (v) => decimals(number(v), 1),
  decimal2: (v) => decimals(number(v), 2),
  /** At most one decimal, a whole number without one: 30 -> "30", 22.5 -> "22.5". */
  upTo1: (v) => {
    const text = decimals(number(v), 1);
    return text.endsWith(".0") ? text.slice(0, -2) : text;
  },
  /** A time limit of an interval, negative values (a symmetric CI's lower limit) shown as 0. */
  time0: (v) => decimals(clipAtZero(number(v)), 0),
  time1: (v) => decimals(clipAtZero(number(v)), 1),
  /** A proportion as a whole percent (0.7602 -> "76"). */
  percent0: (v) => {
    const n = number(v);
    return decimals(n === null ? null : n * 100, 0);
  },
  /** A p-value: three decimals, half up, or "<0.001"; "–" when no test was made. */
  p: (v) => {
    const n = number(v);
    if (n === null) return "–";
    return n < 0.001 ? "<0.001" : decimals(n, 3);
  },
  /** An ISO date as month and year ("June 1985"). */
  "month-year": (v) => {
    if (typeof v !== "string") throw new TypeError(`Expected an ISO date but found ${String(v)}`);
    return monthYear(v);
  },
  /** A value of the analysis plan or a label, printed as is. */
  text: (v) => String(v),
};

function clipAtZero(value: number | null): number | null {
  return value === null ? null : Math.max(0, value);
}
