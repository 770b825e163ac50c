import assert from "node:assert/strict";
import { csvParse, csvParseRows } from "d3-dsv";
import { toCsv } from "../../pipeline/_shared/csv.ts";
import { parseFields, readCsvRows, splitRecords } from "../../pipeline/_shared/csv_read.ts";

const HEADER = ["USUBJID", "PARAM", "SRCREC"];
const ROWS = [
  ["S01-0001", "Overall survival — Île-de-France", "S01/patients.csv row 2"],
  ["S01-0002", 'a "quoted" word, and a comma', ""],
  ["S01-0003", "two\nlines", "x"],
  ["S01-0004", "", 'ends with a quote"'],
  ["S01-0005", "\r\ncarriage", ","],
];
const TEXT = toCsv(HEADER, ROWS);

Deno.test("fields are read as RFC 4180 writes them, quotes, commas and line breaks included", () => {
  assert.deepEqual(parseFields('a,"b,c","d ""e""",'), ["a", "b,c", 'd "e"', ""]);
  assert.deepEqual(parseFields(""), [""]);
  assert.deepEqual(parseFields('"",x'), ["", "x"]);
});

Deno.test("a text cut anywhere gives the same records as the whole text", () => {
  const whole = csvParseRows(TEXT);
  for (let cut = 0; cut <= TEXT.length; cut++) {
    const first = splitRecords(TEXT.slice(0, cut), false);
    const second = splitRecords(first.rest + TEXT.slice(cut), true);
    assert.deepEqual([...first.records, ...second.records], whole, `cut at ${cut}`);
  }
});

Deno.test("CRLF line ends and a last line without a line break are read", () => {
  const { records } = splitRecords("A,B\r\n1,2\r\n3,4", true);
  assert.deepEqual(records, [["A", "B"], ["1", "2"], ["3", "4"]]);
});

Deno.test("an unclosed quote is refused, not read as text", () => {
  assert.throws(() => splitRecords('A,B\n1,"2\n', true), /unclosed quoted field/);
});

Deno.test("a file of several chunks is read row by row as d3 reads it whole", async () => {
  const rows: string[][] = [];
  for (let i = 0; rows.length < 400_000; i++) {
    rows.push(...ROWS.map((r) => [`${r[0]}-${i}`, r[1]!, r[2]!]));
  }
  const text = toCsv(HEADER, rows);
  assert.ok(text.length > 2 * (1 << 22), "the file spans at least three reads");
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  try {
    await Deno.writeTextFile(path, text);
    const read = await readCsvRows(path, (field, index) => ({
      index,
      usubjid: field("USUBJID"),
      param: field("PARAM"),
      source: field("SRCREC"),
      missing: field("NOSUCH"),
    }));
    const expected = csvParse(text).map((row, index) => ({
      index,
      usubjid: row.USUBJID,
      param: row.PARAM,
      source: row.SRCREC,
      missing: undefined,
    }));
    assert.equal(read.length, expected.length);
    assert.deepEqual(read, expected);
  } finally {
    await Deno.remove(path);
  }
});

Deno.test("rows the visitor declines are not kept", async () => {
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  try {
    await Deno.writeTextFile(path, TEXT);
    const kept = await readCsvRows(
      path,
      (field) => field("SRCREC") === "x" ? field("USUBJID") : null,
    );
    assert.deepEqual(kept, ["S01-0003"]);
  } finally {
    await Deno.remove(path);
  }
});
