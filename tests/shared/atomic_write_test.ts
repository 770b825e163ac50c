import assert from "node:assert/strict";
import { temporarySibling, writeFileAtomic } from "../../pipeline/_shared/atomic_write.ts";

Deno.test("writeFileAtomic replaces the file and leaves no temporary sibling", async () => {
  const folder = await Deno.makeTempDir();
  const path = `${folder}/stats.json`;
  await Deno.writeTextFile(path, "old");
  await writeFileAtomic(path, "new");
  assert.equal(await Deno.readTextFile(path), "new");
  assert.deepEqual([...Deno.readDirSync(folder)].map((e) => e.name), ["stats.json"]);
});

Deno.test("a failed write leaves the previous file intact", async () => {
  const folder = await Deno.makeTempDir();
  const path = `${folder}/stats.json`;
  await Deno.writeTextFile(path, "old");
  // A folder in the way of the temporary file makes the write fail before the rename.
  await Deno.mkdir(temporarySibling(path));
  await Deno.writeTextFile(`${temporarySibling(path)}/x`, "");
  await assert.rejects(writeFileAtomic(path, "new"));
  assert.equal(await Deno.readTextFile(path), "old");
});
