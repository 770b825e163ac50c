/**
 * Creates the folders named on the command line. The runner starts it with write permission for
 * exactly those folders, so that no stage needs write access to a parent of its outputs.
 *
 * @module
 */

for (const folder of Deno.args) {
  try {
    await Deno.mkdir(folder, { recursive: true });
  } catch (error) {
    console.error(`${folder}: ${(error as Error).message}`);
    Deno.exit(1);
  }
}
