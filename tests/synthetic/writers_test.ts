import assert from "node:assert/strict";
import { deflateSync, strFromU8, unzipSync } from "fflate";
import { columnLetters, writeXlsx } from "../../data/synthetic/export/xlsx.ts";
import { encodeLatin1 } from "../../data/synthetic/export/latin1.ts";
import { toDelimited } from "../../data/synthetic/export/delimited.ts";
import { excelSerial, formatDate, formatNumber } from "../../data/synthetic/export/text_values.ts";

Deno.test("writeXlsx writes the minimal parts, shared strings, numbers and styled date serials", () => {
  const bytes = writeXlsx([
    {
      name: "Patients",
      rows: [["id", "name", "born"], [1, "A & <B>", { serial: 31215 }]],
      boldRows: [1],
    },
    { name: "Legend", rows: [["id"]] },
  ]);
  const parts = unzipSync(bytes);
  assert.deepEqual(Object.keys(parts).sort(), [
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
    "xl/workbook.xml",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
  ]);
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]!);
  assert.match(sheet, /<c r="A2"><v>1<\/v><\/c>/);
  assert.match(sheet, /<c r="C2" s="1"><v>31215<\/v><\/c>/);
  assert.match(sheet, /<c r="A1" t="s" s="2"><v>0<\/v><\/c>/);
  // "id" is shared by both sheets: one entry in the shared-string table.
  const strings = strFromU8(parts["xl/sharedStrings.xml"]!);
  assert.match(strings, /count="4" uniqueCount="4"/);
  assert.match(strings, /A &amp; &lt;B&gt;/);
  assert.match(strFromU8(parts["xl/styles.xml"]!), /numFmtId="164" formatCode="dd\/mm\/yyyy"/);
  assert.match(
    strFromU8(parts["xl/workbook.xml"]!),
    /<sheet name="Legend" sheetId="2" r:id="rId2"\/>/,
  );
});

Deno.test("writeXlsx gives the same bytes for the same content", () => {
  const sheets = [{ name: "S", rows: [["a", 1, { serial: 44347 }, null]] }];
  assert.deepEqual(writeXlsx(sheets), writeXlsx(sheets));
});

Deno.test("writeXlsx deflates a part over 4 MB at level 1 and a small one at level 6", () => {
  const rows = Array.from(
    { length: 60_000 },
    (_, i) => [`case ${i % 997}`, i, { serial: 40000 + i }],
  );
  const bytes = writeXlsx([{ name: "Big", rows }]);
  const parts = unzipSync(bytes);
  const sheet = parts["xl/worksheets/sheet1.xml"]!;
  assert.ok(sheet.length > 4_000_000, `${sheet.length} bytes`);
  // The last row reads back: "case 179" (59999 mod 997) is shared string 179, in order of use.
  const last = '<row r="60000"><c r="A60000" t="s"><v>179</v></c><c r="B60000"><v>59999</v>';
  assert.ok(strFromU8(sheet).includes(last));
  assert.equal(
    compressedSize(bytes, "xl/worksheets/sheet1.xml"),
    deflateSync(sheet, { level: 1 }).length,
  );
  const styles = parts["xl/styles.xml"]!;
  assert.equal(compressedSize(bytes, "xl/styles.xml"), deflateSync(styles, { level: 6 }).length);
  assert.deepEqual(writeXlsx([{ name: "Big", rows }]), bytes);
});

/** The compressed size in the local file header of zip entry `name`. */
function compressedSize(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = 0; offset + 30 < zip.length;) {
    if (view.getUint32(offset, true) !== 0x04034b50) break;
    const size = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extra = view.getUint16(offset + 28, true);
    const entry = strFromU8(zip.subarray(offset + 30, offset + 30 + nameLength));
    if (entry === name) return size;
    offset += 30 + nameLength + extra + size;
  }
  throw new RangeError(`Expected a zip entry ${name}`);
}

Deno.test("columnLetters counts A to Z, then AA", () => {
  assert.deepEqual([1, 26, 27, 52, 703].map(columnLetters), ["A", "Z", "AA", "AZ", "AAA"]);
});

Deno.test("encodeLatin1 writes one byte per character and refuses what Latin-1 cannot hold", () => {
  assert.deepEqual([...encodeLatin1("Né à Lyon°")], [
    78,
    0xe9,
    32,
    0xe0,
    32,
    76,
    121,
    111,
    110,
    0xb0,
  ]);
  assert.throws(() => encodeLatin1("Łódź"), /U\+0141 \("Ł"\) at offset 0/);
  assert.throws(() => encodeLatin1("a\u0085b"), /U\+0085/);
});

Deno.test("toDelimited quotes fields holding the delimiter, quotes or line breaks", () => {
  const rows = [["a", "b;c", 'say "hi"', "two\nlines", ""]];
  assert.equal(
    toDelimited(rows, { delimiter: ";", lineEnd: "\r\n" }),
    'a;"b;c";"say ""hi""";"two\nlines";\r\n',
  );
  assert.equal(toDelimited([["a|b", "c"]], { delimiter: "|", lineEnd: "\n" }), '"a|b"|c\n');
  assert.equal(
    toDelimited([["x", ""]], { delimiter: ",", lineEnd: "\n", quoteAll: true }),
    '"x",\n',
  );
});

Deno.test("formatDate writes each site format; US dates may drop leading zeros", () => {
  assert.equal(formatDate("1985-06-07", "DD/MM/YYYY"), "07/06/1985");
  assert.equal(formatDate("1985-06-07", "MM/DD/YYYY", true), "6/7/1985");
  assert.equal(formatDate("1985-06-07", "DD.MM.YYYY"), "07.06.1985");
  assert.equal(formatDate("1985-06-07", "YYYY-MM-DD"), "1985-06-07");
  assert.throws(() => formatDate("1985-02-30", "YYYY-MM-DD"), RangeError);
});

Deno.test("excelSerial counts days in Excel's 1900 system (2021-01-01 is 44197)", () => {
  assert.equal(excelSerial("2021-01-01"), 44197);
  assert.equal(excelSerial("2021-05-31"), 44347);
  assert.equal(excelSerial("1900-03-01"), 61);
  assert.equal(formatDate("1970-01-01", "excel-serial"), "25569");
});

Deno.test("formatNumber writes at most one decimal with the site's mark", () => {
  assert.equal(formatNumber(47.5, ","), "47,5");
  assert.equal(formatNumber(47, ","), "47");
  assert.equal(formatNumber(0.5, "."), "0.5");
  assert.throws(() => formatNumber(Number.NaN, "."), RangeError);
});
