/**
 * Copies of a finished run (its output and intermediate folders) that a test may change, and
 * the files and bytes of a folder, for comparing runs.
 */

import { join } from "node:path";
import { committedRun } from "./_committed_run.ts";
import { listFiles } from "./_pipeline.ts";

/** A run's folders. */
export interface RunFolders {
  folder: string;
  out: string;
  interim: string;
}

/** Copies every file below `from` to `to`. */
export async function copyFolder(from: string, to: string): Promise<void> {
  for (const file of await listFiles(from)) {
    const target = join(to, file);
    await Deno.mkdir(join(target, ".."), { recursive: true });
    await Deno.copyFile(join(from, file), target);
  }
}

/** A fresh copy of the suite's run of the committed data, complete and up to date. */
export async function copyOfCommittedRun(prefix: string): Promise<RunFolders> {
  const run = await committedRun();
  if (run.code !== 0) throw new Error(`the committed run failed:\n${run.stderr}`);
  const folder = await Deno.makeTempDir({ prefix });
  const copy = { folder, out: `${folder}/out`, interim: `${folder}/interim` };
  await copyFolder(run.out, copy.out);
  await copyFolder(run.interim, copy.interim);
  return copy;
}

/** Every file below `folder` with its bytes as text. */
export async function folderContents(folder: string): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  for (const file of await listFiles(folder)) {
    contents.set(file, await Deno.readTextFile(join(folder, file)));
  }
  return contents;
}

/** The stages a run's output says it ran, failed ones included (not those found up to date). */
export function stagesRun(stdout: string): string[] {
  return stdout.split("\n").flatMap((line) => {
    const match = /^(\w+) +(rows read +\d+|FAILED after)/.exec(line);
    return match ? [match[1]!] : [];
  });
}

/** A copy of the committed raw exports in which one patient's date of death moved. */
export async function rawWithMovedDeath(folder: string): Promise<string> {
  const raw = `${folder}/raw`;
  await copyFolder("data/raw", raw);
  const file = `${raw}/S10/patients.tsv`;
  const lines = (await Deno.readTextFile(file)).split("\n");
  // Row 3 is S10-0203, whose death is the median event of overall survival (day 457).
  if (!lines[2]!.startsWith("203\t") || !lines[2]!.endsWith("\t02/08/2008")) {
    throw new Error(`expected case 203 dead on 02/08/2008 in row 3 of ${file}`);
  }
  lines[2] = lines[2]!.replace(/\t02\/08\/2008$/, "\t01/10/2008");
  await Deno.writeTextFile(file, lines.join("\n"));
  return raw;
}
