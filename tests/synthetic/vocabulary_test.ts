import assert from "node:assert/strict";
import { csvParseRows } from "d3-dsv";
import { allRegimenTexts, normaliseText, REGIMENS } from "../../data/synthetic/regimens.ts";
import { vocabularyProblems } from "../../data/synthetic/vocabulary_check.ts";
import { calibratedCohort } from "../../data/synthetic/calibrated/cohort.ts";

const regimensCsv = await Deno.readTextFile("data/vocabulary/regimens.csv");
const classesCsv = await Deno.readTextFile("data/vocabulary/regimen-classes.csv");

Deno.test("every regimen text the generator can write is in the vocabulary, with its regimen", () => {
  const [header, ...rows] = csvParseRows(regimensCsv);
  assert.deepEqual(header, ["text", "regimen"]);
  const vocabulary = new Map(rows.map(([text, regimen]) => [normaliseText(text!), regimen]));
  assert.equal(vocabulary.size, rows.length, "no text is listed twice");
  for (const [text, regimen] of allRegimenTexts()) {
    assert.equal(vocabulary.get(normaliseText(text)), regimen, text);
  }
});

Deno.test("every normalised regimen has a label and one of the agreed classes", () => {
  const [header, ...rows] = csvParseRows(classesCsv);
  assert.deepEqual(header, ["regimen", "regimen_label", "regimen_class", "class_label"]);
  assert.deepEqual(rows.map((r) => r[0]).sort(), Object.keys(REGIMENS).sort());
  const classes = new Set(rows.map((r) => r[2]));
  for (const c of classes) {
    assert.ok(
      [
        "anthracycline-based",
        "ifosfamide",
        "gemcitabine-based",
        "trabectedin",
        "vegfr-tki",
        "immune-checkpoint-inhibitor",
        "alk-met-inhibitor",
        "dacarbazine-temozolomide",
        "clinical-trial",
        "other",
      ].includes(c!),
      `unknown class ${c}`,
    );
  }
  assert.ok(rows.every((r) => r[1] !== "" && r[3] !== ""));
});

Deno.test("vocabularyProblems finds nothing for the calibrated cohort and names a missing text", () => {
  const cohort = calibratedCohort();
  assert.deepEqual(vocabularyProblems(cohort, regimensCsv, classesCsv), []);
  const without = regimensCsv.split("\n").filter((line) => !line.startsWith("sunitinib,")).join(
    "\n",
  );
  const problems = vocabularyProblems(cohort, without, classesCsv);
  assert.ok(
    problems.some((p) =>
      p === '"sunitinib" should map to sunitinib but the vocabulary gives nothing'
    ),
    problems.join("\n"),
  );
});
