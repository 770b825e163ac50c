/**
 * Exact sign of a small integer combination of measurements, for the RECIST thresholds.
 *
 * RECIST 1.1 decides on hard boundaries (exactly -30% is PR, exactly +20% is PD), and a float
 * percent misplaces those boundaries: (7 - 10) / 10 * 100 is -30.000000000000004. Each number is
 * therefore read as the decimal it prints as (JavaScript's shortest round-trip form, which for a
 * value parsed from a site's text is the text itself: 7.1 is 71/10, not 7.0999999999999996447...),
 * scaled to a common power of ten and summed as a BigInt. Thresholds are then written without
 * division, for example PR as `10 * sum - 7 * baseline <= 0`.
 *
 * @module
 */

/** A term `coefficient * value` of a combination; the coefficient must be an integer. */
export type Term = readonly [coefficient: number, value: number];

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** `value` as `units / 10^scale` exactly, from its shortest round-trip decimal form. */
function asDecimal(value: number): { units: bigint; scale: number } {
  const match = DECIMAL.exec(String(value));
  if (!Number.isFinite(value) || !match) {
    throw new RangeError(`Expected a finite number but found ${value}`);
  }
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = match;
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(`${sign}${whole}${fraction}`);
  // A negative scale (1e+21) becomes a positive one by multiplying the digits out.
  return scale >= 0
    ? { units: digits, scale }
    : { units: digits * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * `value` as integer units of 10^-scale in a safe integer, or undefined when its decimal form has
 * an exponent or too many digits (the BigInt path then decides). Measurements in millimetres have
 * a decimal or two, so this is the path nearly every comparison takes: it decides exactly, as the
 * BigInt one, and is some twenty times faster.
 */
function asSmallDecimal(value: number): { units: number; scale: number } | undefined {
  const text = String(value);
  if (text.length > 15 || text.includes("e")) return undefined;
  const point = text.indexOf(".");
  if (point < 0) return { units: value, scale: 0 };
  return {
    units: Number(text.slice(0, point) + text.slice(point + 1)),
    scale: text.length - point - 1,
  };
}

/** The exact sign by safe-integer arithmetic, or undefined when a term could leave that range. */
function smallSign(terms: readonly Term[]): -1 | 0 | 1 | undefined {
  let scale = 0;
  const decimals: { coefficient: number; units: number; scale: number }[] = [];
  for (const [coefficient, value] of terms) {
    const decimal = asSmallDecimal(value);
    if (decimal === undefined || !Number.isSafeInteger(coefficient)) return undefined;
    decimals.push({ coefficient, ...decimal });
    if (decimal.scale > scale) scale = decimal.scale;
  }
  let total = 0;
  for (const d of decimals) {
    const term = d.coefficient * d.units * 10 ** (scale - d.scale);
    if (!Number.isSafeInteger(term)) return undefined;
    total += term;
    if (!Number.isSafeInteger(total)) return undefined;
  }
  return total < 0 ? -1 : total > 0 ? 1 : 0;
}

/** -1, 0 or 1: the exact sign of the sum of `coefficient * value` over `terms`. */
export function signOfSum(terms: readonly Term[]): -1 | 0 | 1 {
  if (terms.every(([, value]) => Number.isFinite(value))) {
    const sign = smallSign(terms);
    if (sign !== undefined) return sign;
  }
  const decimals = terms.map(([coefficient, value]) => {
    if (!Number.isSafeInteger(coefficient)) {
      throw new RangeError(`Expected an integer coefficient but found ${coefficient}`);
    }
    return { coefficient: BigInt(coefficient), ...asDecimal(value) };
  });
  const scale = Math.max(0, ...decimals.map((d) => d.scale));
  let total = 0n;
  for (const d of decimals) total += d.coefficient * d.units * 10n ** BigInt(scale - d.scale);
  return total < 0n ? -1 : total > 0n ? 1 : 0;
}
