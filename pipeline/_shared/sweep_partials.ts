/**
 * Removes the temporary files named on the command line: siblings that an atomic write left when
 * its process was killed before the rename. The runner starts it, when the manifest keeper found
 * such files, with write permission for exactly those files.
 *
 * @module
 */

for (const path of Deno.args) {
  await Deno.remove(path).catch((error) => {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  });
}
