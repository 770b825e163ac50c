import assert from "node:assert/strict";
import { differences, readTree, runSynth } from "./_files.ts";
import { randomCohort } from "../../data/synthetic/random_cohort.ts";
import { exportCohort } from "../../data/synthetic/export/export_cohort.ts";

Deno.test("deno task synth run twice writes identical bytes, equal to the committed data/raw", async () => {
  const first = await Deno.makeTempDir();
  const second = await Deno.makeTempDir();
  await runSynth(["--out", first]);
  await runSynth(["--out", second]);
  const a = await readTree(first);
  assert.ok(a.size >= 30, `expected the ten sites' files but found ${a.size} files`);
  assert.deepEqual(differences(a, await readTree(second)), []);
  assert.deepEqual(differences(a, await readTree("data/raw")), []);
});

Deno.test("an uncalibrated cohort is the same for the same seed and differs for another", async () => {
  const [a, b, c] = await Promise.all([Deno.makeTempDir(), Deno.makeTempDir(), Deno.makeTempDir()]);
  await runSynth(["--seed", "11", "--patients", "40", "--sites", "12", "--out", a]);
  await runSynth(["--seed", "11", "--patients", "40", "--sites", "12", "--out", b]);
  await runSynth(["--seed", "12", "--patients", "40", "--sites", "12", "--out", c]);
  const treeA = await readTree(a);
  assert.deepEqual(differences(treeA, await readTree(b)), []);
  assert.ok(
    treeA.has("S12/site.json"),
    "sites beyond ten reuse the layouts with their own site.json",
  );
  assert.ok(differences(treeA, await readTree(c)).length > 0, "another seed gives another cohort");
});

Deno.test("an uncalibrated cohort's bytes do not depend on the number of workers writing its sites", async () => {
  const [one, two, three] = await Promise.all([
    Deno.makeTempDir(),
    Deno.makeTempDir(),
    Deno.makeTempDir(),
  ]);
  const args = ["--seed", "4", "--patients", "600", "--sites", "13"];
  await runSynth([...args, "--out", one, "--workers", "1"]);
  await runSynth([...args, "--out", two, "--workers", "2"]);
  await runSynth([...args, "--out", three, "--workers", "5"]);
  const tree = await readTree(one);
  // The ten sites' 34 files, S11 to S13 (csv_iso, csv_latin1, tsv_us: 4 each), the annex.
  assert.equal(tree.size, 34 + 12 + 1);
  assert.deepEqual(differences(tree, await readTree(two)), []);
  assert.deepEqual(differences(tree, await readTree(three)), []);
});

Deno.test("the files written site by site are those of the whole cohort exported at once", async () => {
  const out = await Deno.makeTempDir();
  await runSynth([
    "--seed",
    "9",
    "--patients",
    "700",
    "--sites",
    "12",
    "--out",
    out,
    "--workers",
    "2",
  ]);
  const expected = exportCohort(randomCohort(9, 700, 12));
  assert.deepEqual(differences(await readTree(out), expected), []);
});

Deno.test("regenerating into a folder removes its stale site files and folders, nothing else", async () => {
  const out = await Deno.makeTempDir();
  await runSynth(["--seed", "3", "--patients", "30", "--sites", "12", "--out", out]);
  await Deno.writeTextFile(`${out}/S01/stale.csv`, "old\n");
  await Deno.writeTextFile(`${out}/notes.txt`, "kept\n");
  await runSynth(["--out", out]);
  const tree = await readTree(out);
  assert.equal(tree.has("S01/stale.csv"), false);
  assert.equal(tree.has("S11/site.json"), false, "site folders beyond the ten are removed");
  assert.equal(tree.has("notes.txt"), true, "files that are not the generator's are kept");
  tree.delete("notes.txt");
  assert.deepEqual(differences(tree, await readTree("data/raw")), []);
});

Deno.test("deno task synth refuses an uncalibrated cohort without an output folder", async () => {
  await assert.rejects(
    runSynth(["--seed", "1", "--patients", "10", "--sites", "2"]),
    /--out DIR together/,
  );
});
