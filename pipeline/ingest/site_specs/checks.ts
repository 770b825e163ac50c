/**
 * Small checks shared by the site-spec validators. Each pushes a problem that names where in
 * `site.json` it is and what was found, so one load reports every problem at once.
 *
 * @module
 */

/** A problem found in a spec: where in the JSON, and what is wrong. */
export type SpecProblem = string;

/** Pushes a problem for every key of `object` not in `known`. */
export function refuseUnknown(
  object: Record<string, unknown>,
  known: readonly string[],
  at: string,
  problems: SpecProblem[],
  format?: string,
): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const where = at === "" ? key : `${at}.${key}`;
    problems.push(
      format === undefined
        ? `${where} is not a key of a site spec (expected one of ${list(known)})`
        : `${where} is not a key of a ${format} file (expected one of ${list(known)})`,
    );
  }
}

/** Whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as JSON, for messages. */
export function show(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

/** A list of allowed values, for messages. */
export function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}
