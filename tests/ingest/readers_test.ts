/**
 * The readers and value parsers, on hand-made inputs: rows numbered as an editor numbers lines,
 * workbook cells located as Excel names them, REDCap records split by `where`, and values read
 * exactly as the spec states (no guessing).
 */

import assert from "node:assert/strict";
import { decodeText } from "../../pipeline/ingest/readers/decode_text.ts";
import { parseDate } from "../../pipeline/ingest/values/parse_date.ts";
import { parseValue } from "../../pipeline/ingest/values/parse_value.ts";
import { readDelimited } from "../../pipeline/ingest/readers/read_delimited.ts";
import { readSheet } from "../../pipeline/ingest/readers/read_xlsx.ts";
import { readRedcapTables } from "../../pipeline/ingest/readers/read_redcap_tables.ts";
import { SOURCE_FIELDS } from "../../pipeline/ingest/values/source_fields.ts";
import type { FileSpec } from "../../pipeline/ingest/site_specs/types.ts";
import { openWorkbook } from "../../pipeline/ingest/readers/xlsx_package.ts";
import { buildXlsx } from "./xlsx_builder.ts";

Deno.test("readDelimited numbers rows as lines, counting breaks inside quoted fields and blank lines", () => {
  const text = 'Title line\r\na;b\r\n1;"two\r\nlines"\r\n\r\n3;"x;y"\r\n';
  const { table, problems } = readDelimited(text, ";", 2);
  assert.deepEqual(problems, []);
  assert.deepEqual(table.header, ["a", "b"]);
  assert.deepEqual(table.rows.map((r) => r.row), ["row 3", "row 6"]);
  assert.equal(table.rows[0]?.values.get("b"), "two\r\nlines");
  assert.equal(table.rows[1]?.values.get("b"), "x;y");
});

Deno.test("readDelimited refuses a row whose field count differs from the header's", () => {
  const { problems } = readDelimited("a,b\n1,2\n3,4,5\n", ",", 1);
  assert.deepEqual(problems.map((p) => p.row), ["row 3"]);
  assert.match(problems[0]?.expected ?? "", /2 fields as in the header \(row 1\) but found 3/);
});

Deno.test("readDelimited says so when no record starts on the header row", () => {
  const { problems } = readDelimited("a,b\n1,2\n", ",", 5);
  assert.match(problems[0]?.expected ?? "", /column names on row 5/);
});

Deno.test("decodeText reads Latin-1 and refuses a BOM the spec does not announce", () => {
  const latin1 = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
  assert.deepEqual(decodeText(latin1, "latin1", false), { text: "Müller" });
  const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]);
  assert.deepEqual(decodeText(withBom, "utf-8", true), { text: "a" });
  assert.match(
    (decodeText(withBom, "utf-8", false) as { problem: string }).problem,
    /starts with a UTF-8 byte-order mark/,
  );
});

Deno.test("readSheet reads shared and inline strings, numbers and serial dates, located as Excel names cells", () => {
  const bytes = buildXlsx([
    { name: "Notes", rows: [["legend only"]] },
    {
      name: "Data",
      inlineStrings: true,
      rows: [["Title"], ["ID", "When", "Size"], [7, { date: "2015-03-02" }, 12.5], [], [
        8,
        "later",
        null,
      ]],
    },
  ]);
  const { table, problems } = readSheet(openWorkbook(bytes, ["Data"], 1 << 20), "Data", 2);
  assert.deepEqual(problems, []);
  assert.deepEqual(table.header, ["ID", "When", "Size"]);
  assert.deepEqual(table.rows.map((r) => r.row), ["Data!3", "Data!5"]);
  const first = table.rows[0];
  assert.deepEqual([...(first?.values ?? [])], [["ID", 7], ["When", 42065], ["Size", 12.5]]);
  assert.equal(first?.at("Size"), "Data!C3");
  assert.equal(parseDate(42065, "excel-serial"), "2015-03-02");
  assert.equal(table.rows[1]?.values.get("When"), "later");
});

Deno.test("readSheet names the sheets a workbook has when the spec's sheet is not among them", () => {
  const bytes = buildXlsx([{ name: "Patients", rows: [["ID"]] }]);
  const { problems } = readSheet(openWorkbook(bytes, ["Pazienti"], 1 << 20), "Pazienti", 1);
  assert.match(
    problems[0]?.expected ?? "",
    /a sheet named "Pazienti" \(the workbook has "Patients"\)/,
  );
});

Deno.test("openWorkbook refuses bytes that are not a zip archive", () => {
  assert.throws(
    () => openWorkbook(new TextEncoder().encode("ID,Name\n"), [], 1 << 20),
    /not a readable zip archive/,
  );
});

Deno.test("readRedcapTables gives each record to the one table whose where it matches", () => {
  const json = JSON.stringify([
    { record_id: "1", redcap_repeat_instrument: "", x: "a" },
    { record_id: "1", redcap_repeat_instrument: "treatment_line", x: "b" },
    { record_id: "2", redcap_repeat_instrument: "followup", x: "c" },
  ]);
  const file = {
    dictionary: "d.csv",
    tables: [
      { table: "patients", where: { redcap_repeat_instrument: "" } },
      { table: "lines", where: { redcap_repeat_instrument: "treatment_line" } },
    ],
  } as unknown as FileSpec;
  const dictionary = '"Variable / Field Name","Form Name"\nrecord_id,p\nx,p\n';
  const tables = readRedcapTables(json, dictionary, file);
  if ("problem" in tables) throw new Error(tables.problem.expected);
  const patients = tables.read(0, file.tables[0]!);
  assert.deepEqual(patients.raw.rows.map((r) => r.row), ["record 1"]);
  assert.deepEqual(tables.read(1, file.tables[1]!).raw.rows.map((r) => r.row), ["record 2"]);
  assert.deepEqual(patients.problems.map((p) => p.row), ["record 3"]);
  assert.match(patients.problems[0]?.expected ?? "", /none does/);
  assert.ok(tables.columns(file.tables[0]!).has("redcap_repeat_instance"));
});

Deno.test("parseDate reads each format exactly and refuses impossible dates", () => {
  assert.equal(parseDate("07/03/2015", "DD/MM/YYYY"), "2015-03-07");
  assert.equal(parseDate("07/03/2015", "MM/DD/YYYY"), "2015-07-03");
  assert.equal(parseDate("7.3.2015", "DD.MM.YYYY"), "2015-03-07");
  assert.equal(parseDate("2015-3-7", "YYYY-MM-DD"), "2015-03-07");
  assert.equal(parseDate("2015-03-07", "DD/MM/YYYY"), undefined);
  assert.equal(parseDate("29/02/2015", "DD/MM/YYYY"), undefined);
  assert.equal(parseDate("07/03/15", "DD/MM/YYYY"), undefined);
});

Deno.test("parseDate reads Excel serials in the 1900 system, refusing the fictitious 29 February 1900", () => {
  assert.equal(parseDate(1, "excel-serial"), "1900-01-01");
  assert.equal(parseDate(59, "excel-serial"), "1900-02-28");
  assert.equal(parseDate(60, "excel-serial"), undefined);
  assert.equal(parseDate(61, "excel-serial"), "1900-03-01");
  assert.equal(parseDate("44197", "excel-serial"), "2021-01-01");
  assert.equal(parseDate(44197.75, "excel-serial"), "2021-01-01");
});

Deno.test("parseValue applies missing markers, code lists and the decimal mark", () => {
  const file = {
    missing: ["", "999", "n.d."],
    decimalMark: ",",
    dateFormat: "DD/MM/YYYY",
  } as const;
  const sum = SOURCE_FIELDS.assessments.target_sum_mm!;
  const sex = SOURCE_FIELDS.patients.sex!;
  assert.deepEqual(parseValue(" 12,5 ", sum, { file: { ...file, missing: [...file.missing] } }), {
    value: 12.5,
  });
  assert.deepEqual(parseValue(999, sum, { file: { ...file, missing: [...file.missing] } }), {
    value: null,
  });
  assert.equal(
    (parseValue("12.5", sum, { file: { ...file, missing: [] } }) as { failure: { rule: string } })
      .failure.rule,
    "invalid-number",
  );
  const codes = { "1": "M", "2": "F", "9": null };
  assert.deepEqual(parseValue("2", sex, { file: { ...file, missing: [] }, codes }), { value: "F" });
  assert.deepEqual(parseValue("9", sex, { file: { ...file, missing: [] }, codes }), {
    value: null,
  });
  assert.equal(
    (parseValue("F", sex, { file: { ...file, missing: [] }, codes }) as {
      failure: { rule: string };
    }).failure.rule,
    "unknown-code",
  );
  assert.deepEqual(parseValue("F", sex, { file: { ...file, missing: [] } }), { value: "F" });
});
