/**
 * The methods' software statement, generated from the lock file so that it names exactly the
 * versions that ran: the Deno runtime and every locked package the pipeline imports (type-only
 * packages and the tests' browser driver left out), and where the statistical code was validated.
 *
 * @module
 */

import { type Prose, prose } from "../_shared/prose/inline.ts";

/** Locked packages that only the tests use (to open the HTML report in a browser). */
const TEST_ONLY = new Set(["puppeteer-core"]);

/** "name version" of each runtime dependency in `lockText` (a `deno.lock`), sorted by name. */
export function lockedPackages(lockText: string): string[] {
  const lock = JSON.parse(lockText) as { workspace?: { dependencies?: string[] } };
  return (lock.workspace?.dependencies ?? [])
    .map((specifier) => /^npm:(@?[^@]+)@(.+)$/.exec(specifier))
    .filter((m): m is RegExpExecArray =>
      m !== null && !m[1]!.startsWith("@types/") &&
      !TEST_ONLY.has(m[1]!)
    )
    .map((m) => `${m[1]} ${m[2]}`)
    .sort();
}

/** The statement, for the methods note. */
export function softwareStatement(
  lockText: string,
  deno: { deno: string; typescript: string },
): Prose {
  return prose`The analysis ran on Deno ${deno.deno} (TypeScript ${deno.typescript}) with ${
    lockedPackages(lockText).join(", ")
  }, versions locked in deno.lock. The Kaplan–Meier, median-CI, landmark and proportion code was validated against R's survival package (tests/lib/fixtures; the R scripts are beside the fixtures).`;
}
