/**
 * The comparison process behind `deno task diff OLD NEW [--json]`: reads both sides (output
 * folders or git revisions of `outputs/`), compares them statistic by statistic, and prints
 * Markdown (or JSON). Exit status as `diff`'s: 0 equal, 1 different, 2 trouble. Started by
 * `launch.ts` with read access to the two folders named and permission to start `git`, nothing
 * else.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { compareOutputs } from "./compare_outputs.ts";
import { diffMarkdown } from "./diff_markdown.ts";
import { readOutputTree } from "./output_tree.ts";

export const USAGE = `usage: deno task diff OLD NEW [--json]
OLD and NEW are output folders (for example outputs and /tmp/run/outputs) or git revisions whose
outputs/ is compared (for example HEAD~1 HEAD). Reports the statistics, certificate claims,
analysis populations, dataset rows, tables and figures that changed. Exit 0 when equal, 1 when
different, 2 on error.`;

/** Compares the two sides `args` name and prints the report; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  let json: boolean;
  let sides: string[];
  try {
    const parsed = parseArgs({
      args,
      options: { json: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
    json = parsed.values.json === true;
    sides = parsed.positionals;
    if (sides.length !== 2) {
      throw new TypeError(`expected OLD and NEW but found ${sides.length} arguments`);
    }
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const [before, after] = await Promise.all(sides.map(readOutputTree));
    const diff = compareOutputs(before!, after!);
    const fileCount = new Set([...before!.files.keys(), ...after!.files.keys()]).size;
    console.log(json ? JSON.stringify(diff, null, 2) : diffMarkdown(diff, fileCount).trimEnd());
    return diff.equal ? 0 : 1;
  } catch (error) {
    console.error(`deno task diff: ${(error as Error).message}`);
    return 2;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
