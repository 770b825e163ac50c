/**
 * Rules about files rather than values: a file no spec claims, a symbolic link, a spec that fails
 * validation, a byte-order mark the spec does not announce, a malformed row, a mapped column the
 * file lacks; and the error lists every problem (up to a limit), not only the first.
 */

import assert from "node:assert/strict";
import { readRawFolder } from "../../pipeline/ingest/readers/raw_folder.ts";
import { type Issue, issuesError } from "../../pipeline/ingest/validation/issues.ts";
import { editFile, editSpec, ingestError, loadFixture, setFile } from "./fixture.ts";

Deno.test("a file that no spec claims is refused, naming the site and file", async () => {
  const raw = await loadFixture();
  setFile(
    raw,
    "A02",
    "pazienti_vecchi.csv",
    new TextEncoder().encode("N. caso;Sesso\n1;Maschio\n"),
  );
  const message = await ingestError(raw);
  assert.match(message, /- A02 pazienti_vecchi\.csv: a file that site\.json claims/);
  assert.match(message, /rule unclaimed-file/);
});

Deno.test("a file beside the site folders other than README.md is refused", async () => {
  const raw = await loadFixture();
  raw.entries.push({ name: "notes.csv", kind: "file", size: 10 });
  assert.match(
    await ingestError(raw),
    /- notes\.csv: a file outside the site folders .*\n {2}rule unclaimed-file/,
  );
});

Deno.test("a symbolic link, to a file or to a site folder, is refused and never followed", async () => {
  // fixtures/symlinked: A01/lines.csv links to the raw fixture's file, A02 to its whole folder.
  const raw = await readRawFolder("tests/ingest/fixtures/symlinked");
  assert.equal(raw.sites.find((s) => s.name === "A01")?.files.has("lines.csv"), false);
  assert.equal(raw.sites.some((s) => s.name === "A02"), false);
  const message = await ingestError(raw);
  assert.match(message, /- A01 lines\.csv: a symbolic link: refused/);
  assert.match(message, /- A02: a symbolic link: refused/);
  assert.match(message, /rule symlink; fix: replace the link with the file itself/);
});

Deno.test("a spec that fails validation lists each problem with where it is in site.json", async () => {
  const raw = await loadFixture();
  editSpec(raw, "A01", (spec) => {
    spec.files[0].delimiter = ":";
    spec.files[0].tables[0].codes = { sex: { male: "Male" } };
    spec.files[1].sheet = "Lines";
    delete spec.files[2].tables[0].columns.assessment_date;
  });
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 site\.json: files\[0\]\.delimiter must be one of ",", ";", "\\t", "\|" but found ":"/,
  );
  assert.match(
    message,
    /files\[0\]\.tables\[0\]\.codes\.sex\."male" maps to "Male", which is not a value of sex/,
  );
  assert.match(message, /files\[1\]\.sheet is not a key of a delimited file/);
  assert.match(message, /files\[2\]\.tables\[0\]\.columns\.assessment_date is required/);
  assert.match(message, /rule invalid-site-spec/);
});

Deno.test("a spec naming a file that is not there, or whose site code is not the folder's, is refused", async () => {
  const raw = await loadFixture();
  editSpec(raw, "A04", (spec) => {
    spec.site = "A05";
    spec.files[0].path = "export2.xlsx";
  });
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A04 site\.json: files\[0\]\.path names "export2\.xlsx", which is not in the site folder/,
  );
  assert.match(message, /- A04 site\.json: site is "A05" but the folder is named "A04"/);
});

Deno.test("a byte-order mark the spec does not announce is an error, and so is a missing one", async () => {
  const raw = await loadFixture();
  editFile(raw, "A01", "patients.csv", (t) => "\uFEFF" + t);
  editFile(raw, "A01", "assessments.tsv", (t) => t.slice(1));
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 patients\.csv: the file starts with a UTF-8 byte-order mark, which the spec does not announce/,
  );
  assert.match(
    message,
    /- A01 assessments\.tsv: the spec announces a UTF-8 byte-order mark, but the file does not start with one/,
  );
});

Deno.test("bytes that are not UTF-8 in a file the spec calls UTF-8 are refused", async () => {
  const raw = await loadFixture();
  let offset = 0;
  editFile(raw, "A01", "lines.csv", (t) => {
    offset = t.indexOf("Pazopanib") + "Pazopanib".length + 1; // all ASCII before it: bytes = chars
    return t.replace("Pazopanib", "Pazopanib\u00e9");
  }, "latin1");
  const message = await ingestError(raw);
  assert.match(message, /- A01 lines\.csv row 3, column "regimen": found "Pazopanibé"/);
  assert.match(
    message,
    new RegExp(
      `rule encoding: expected UTF-8, the encoding the spec states, but byte 0xE9 \\(byte ` +
        `${offset} of the file\\) is not valid UTF-8; in Latin-1 it is "é"`,
    ),
  );
  assert.doesNotMatch(message, /unknown-line/, "an unreadable file's children are not blamed too");
});

Deno.test("a row with a stray delimiter is a malformed row named by its line", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A02",
    "linee.csv",
    (t) => t.replace("8;1;avanzata;Adriamycin/Ifo", "8;1;avanzata;Adriamycin;Ifo"),
    "latin1",
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A02 linee\.csv row 4: 9 fields as in the header \(row 1\) but found 10/,
  );
  assert.match(message, /rule malformed-row/);
});

Deno.test("a mapped column the file does not have is named with the header row", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A02",
    "pazienti.csv",
    (t) => t.replace("Data diagnosi;", "Data della diagnosi;"),
    "latin1",
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A02 pazienti\.csv row 2, column "Data diagnosi" \(diagnosis_date\): found nothing/,
  );
  assert.match(message, /rule missing-column: expected a column named "Data diagnosi"/);
  assert.doesNotMatch(message, /missing-required/, "the rows are not blamed for the header");
});

Deno.test("a misspelt column is named with the header's closest name", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A02",
    "pazienti.csv",
    (t) => t.replace("Data diagnosi;", "Data diangosi;"),
    "latin1",
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A02 pazienti\.csv row 2, column "Data diagnosi" \(diagnosis_date\): found "Data diangosi"/,
  );
  assert.match(message, /its closest name is "Data diangosi"; fix: rename "Data diangosi"/);
  assert.equal(message.match(/^- /gm)?.length, 1, "one problem: the header, not every row");
});

Deno.test("a REDCap column the dictionary does not define is a missing column", async () => {
  const raw = await loadFixture();
  editSpec(raw, "A03", (spec) => {
    spec.files[0].tables[2].columns.target_sum_mm = "ta_sum";
  });
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A03 export\.json dictionary dictionary\.csv, column "ta_sum" \(target_sum_mm\)/,
  );
});

Deno.test("every bad row is listed, not only the first", async () => {
  const raw = await loadFixture();
  editFile(raw, "A01", "lines.csv", (t) => t.replaceAll(",progression,", ",progressed,"));
  const message = await ingestError(raw);
  assert.match(message, /^raw data cannot be used: 4 problems found/);
  for (const row of [2, 3, 6, 8]) {
    assert.match(
      message,
      new RegExp(
        `- A01 lines\\.csv row ${row}, column "reason" \\(reason_stopped\\): found "progressed"`,
      ),
    );
  }
});

Deno.test("the message lists at most 50 problems and says how many more there are", () => {
  const issues: Issue[] = Array.from({ length: 53 }, (_, i) => ({
    site: "S01",
    file: "a.csv",
    row: `row ${i + 2}`,
    column: '"x" (sex)',
    value: "?",
    rule: "unknown-code",
    expected: '"M", "F"',
    fix: "correct it",
  }));
  const message = issuesError(issues).message;
  assert.match(message, /53 problems found/);
  assert.match(message, /row 51,/);
  assert.doesNotMatch(message, /row 52,/);
  assert.match(message, /\.\.\. and 3 more not shown/);
});
