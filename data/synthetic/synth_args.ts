/**
 * The command line of `deno task synth`: no options for the calibrated cohort into `data/raw`;
 * `--seed N --patients P --sites S --out DIR` for an uncalibrated one (all four are then needed, so
 * that an uncalibrated cohort never lands in `data/raw` by accident). `--workers W` sets how many
 * sites of an uncalibrated cohort are written at once (the bytes do not depend on it); by default
 * two on a machine with two cores or more, for 5,000 patients or more.
 *
 * @module
 */

import { parseArgs } from "node:util";

/** What to generate, and where. */
export type SynthOptions =
  | { calibrated: true; out: string }
  | {
    calibrated: false;
    out: string;
    seed: number;
    patients: number;
    sites: number;
    /** Sites written at once; absent: the default. */
    workers?: number;
  };

/** The default output folder of the calibrated cohort. */
export const CALIBRATED_OUT = "data/raw";

/** Parses the options; throws a TypeError that says what was found and what is expected. */
export function parseSynthArgs(args: string[]): SynthOptions {
  const { values } = parseArgs({
    args,
    options: {
      seed: { type: "string" },
      patients: { type: "string" },
      sites: { type: "string" },
      out: { type: "string" },
      workers: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const given = [values.seed, values.patients, values.sites].filter((v) => v !== undefined).length;
  if (given === 0) {
    if (values.workers !== undefined) {
      throw new TypeError(
        "Expected --workers only with an uncalibrated cohort (--seed --patients)",
      );
    }
    return { calibrated: true, out: values.out ?? CALIBRATED_OUT };
  }
  if (given < 3 || values.out === undefined) {
    throw new TypeError(
      "Expected --seed N --patients P --sites S --out DIR together for an uncalibrated cohort",
    );
  }
  return {
    calibrated: false,
    out: values.out,
    seed: wholeNumber("seed", values.seed!, 0),
    patients: wholeNumber("patients", values.patients!, 1),
    sites: wholeNumber("sites", values.sites!, 1),
    ...(values.workers === undefined ? {} : { workers: wholeNumber("workers", values.workers, 1) }),
  };
}

function wholeNumber(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    throw new TypeError(
      `Expected --${name} to be a whole number of at least ${min} but found "${text}"`,
    );
  }
  return value;
}
