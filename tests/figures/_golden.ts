/**
 * Golden-file comparison for figures: the new output is compared with the committed file after
 * normalising volatile parts; on a mismatch it is written beside the golden file as
 * `<name>.actual.<ext>` for a person to look at, and the test fails saying how to accept it.
 *
 * @module
 */

export const GOLDEN = "tests/figures/golden";

const ACCEPT = "deno run --allow-read=tests/figures/golden --allow-write=tests/figures/golden " +
  "tests/figures/accept_golden.ts";

/**
 * Rounds decimals to 2 places, so float noise in coordinates (95.00000000000001 against 95) does
 * not count as a difference, while any real move of a mark (0.01 px or more) still does.
 */
export function normalise(text: string): string {
  return text.replace(/-?\d+\.\d{3,}/g, (n) => {
    const rounded = Number(n).toFixed(2).replace(/\.?0+$/, "");
    return rounded === "-0" ? "0" : rounded;
  });
}

/** Throws unless `actual` matches the golden file `name` after normalisation. */
export function assertGolden(name: string, actual: string): void {
  const path = `${GOLDEN}/${name}`;
  const actualPath = path.replace(/(\.[a-z]+)$/, ".actual$1");
  let expected: string | undefined;
  try {
    expected = Deno.readTextFileSync(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  if (expected !== undefined && normalise(expected) === normalise(actual)) {
    removeIfPresent(actualPath); // stale output of an earlier failure
    return;
  }
  Deno.writeTextFileSync(actualPath, actual);
  throw new Error(
    `${path} ${expected === undefined ? "does not exist" : "differs from the new output"}; ` +
      `the new output is in ${actualPath}. Look at both (for example in a browser); to accept ` +
      `every .actual file as the new golden file, run\n  ${ACCEPT}`,
  );
}

function removeIfPresent(path: string): void {
  try {
    Deno.removeSync(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
}
