/**
 * The levels of a grouping variable and each subject's level index: the boundary check shared by
 * the log-rank groups and the Cox model's factors.
 *
 * Decisions:
 * - Given `levels` fix the order (the first is the reference of a Cox factor and the first row of
 *   a log-rank table). Every value must be one of them: a typo in a plan must not silently make a
 *   new group.
 * - Without `levels`, the distinct values sorted by UTF-16 code units. R sorts a factor's levels
 *   in the locale's collation, which can differ for mixed case or accents: pass `levels` when the
 *   order matters.
 *
 * @module
 */

/** The level order and, per subject, the index of its level. */
export interface FactorCoding {
  levels: string[];
  codes: Int32Array;
}

/** Codes `values` by `levels` (or by their sorted distinct values); `name` is for messages. */
export function codeFactor(
  values: readonly string[],
  levels: readonly string[] | undefined,
  name: string,
): FactorCoding {
  values.forEach((value, i) => {
    if (typeof value !== "string") {
      throw new TypeError(`Expected ${name} of subject ${i} to be a string but found ${value}`);
    }
  });
  const order = levels ? [...levels] : [...new Set(values)].sort(byCodeUnits);
  if (new Set(order).size !== order.length) {
    throw new RangeError(`Expected distinct levels of ${name} but found ${JSON.stringify(order)}`);
  }
  const index = new Map(order.map((level, i) => [level, i]));
  const codes = new Int32Array(values.length);
  values.forEach((value, i) => {
    const code = index.get(value);
    if (code === undefined) {
      throw new RangeError(
        `Expected ${name} of subject ${i} to be one of ${
          JSON.stringify(order)
        } but found "${value}"`,
      );
    }
    codes[i] = code;
  });
  return { levels: order, codes };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
