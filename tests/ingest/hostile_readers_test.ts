/**
 * The readers' defences against hostile or broken files, on hand-made inputs: a zip member is
 * inflated only within its limit (declared or actual), an unclosed quote is found where it opens,
 * encoding problems are located and named, a misspelt header finds its closest name, and the raw
 * folder opens only what a spec claims.
 */

import assert from "node:assert/strict";
import { deflateSync, strToU8, zipSync } from "fflate";
import { join } from "node:path";
import { closestName } from "../../pipeline/ingest/readers/closest_name.ts";
import { decodeText } from "../../pipeline/ingest/readers/decode_text.ts";
import { DEFAULT_INPUT_LIMITS } from "../../pipeline/ingest/readers/input_limits.ts";
import { findQuoteProblem } from "../../pipeline/ingest/readers/quote_check.ts";
import { readRawFolder } from "../../pipeline/ingest/readers/raw_folder.ts";
import { readDelimited } from "../../pipeline/ingest/readers/read_delimited.ts";
import { openWorkbook } from "../../pipeline/ingest/readers/xlsx_package.ts";
import {
  inflateMember,
  zipDirectory,
  ZipLimitError,
} from "../../pipeline/ingest/readers/zip_archive.ts";
import { bombWorkbook } from "./corpus/zip_bomb.ts";

const WORKBOOK = "data/raw/S05/CCS_export_Testdam.xlsx";
const MIB = 1024 * 1024;

Deno.test("zipDirectory lists every member with its declared size, and inflateMember returns its bytes", () => {
  const zip = zipSync({ "a.txt": strToU8("hello"), "b/c.xml": new Uint8Array(5000) });
  const members = zipDirectory(zip);
  assert.deepEqual([...members.keys()], ["a.txt", "b/c.xml"]);
  assert.equal(members.get("b/c.xml")?.size, 5000);
  const bytes = inflateMember(zip, members.get("a.txt")!, 1024);
  assert.equal(new TextDecoder().decode(bytes), "hello");
});

Deno.test("a member that declares more than the limit is refused before a byte is inflated", () => {
  const zip = zipSync({ "big.xml": new Uint8Array(2 * MIB) });
  const member = zipDirectory(zip).get("big.xml")!;
  assert.throws(
    () => inflateMember(zip, member, MIB),
    (error: Error) =>
      error instanceof ZipLimitError && /declares 2 MiB uncompressed, more than the 1 MiB/.test(
        error.message,
      ),
  );
});

Deno.test("inflating stops at the limit when the directory understates a member (a zip bomb)", () => {
  const bomb = bombWorkbook(Deno.readFileSync(WORKBOOK), "lying");
  const member = zipDirectory(bomb).get("xl/worksheets/sheet1.xml")!;
  assert.equal(member.size, 1024);
  assert.throws(
    () => inflateMember(bomb, member, 8 * MIB),
    /inflates past the 1024 bytes it declares/,
  );
});

Deno.test("a workbook opens without inflating a 2 GiB part that nothing references", () => {
  const workbook = openWorkbook(
    bombWorkbook(Deno.readFileSync(WORKBOOK), "ballast"),
    ["Patiënten"],
    MIB,
  );
  assert.deepEqual([...workbook.sheets.keys()], ["Patiënten"]);
  assert.deepEqual(workbook.sheetNames, ["Patiënten", "Behandellijnen", "Evaluaties", "Legenda"]);
  assert.equal(workbook.dateSystem, 1900);
});

Deno.test("bytes that are no zip archive, or a cut-short one, are refused with what is wrong", () => {
  assert.throws(() => zipDirectory(strToU8("ID,Name\n")), /no zip directory/);
  const zip = zipSync({ "a.txt": deflateSync(strToU8("x")) });
  assert.throws(() => zipDirectory(zip.subarray(0, zip.length - 5)), /no zip directory/);
});

Deno.test("findQuoteProblem finds an unclosed quote and text after a closing quote, where they open", () => {
  assert.deepEqual(findQuoteProblem('a,b\r\n1,"x\r\ny",3\r\n2,5"6\r\n', ","), undefined);
  assert.deepEqual(findQuoteProblem('a,b\n1,"x, 2\n3,4\n', ","), {
    line: 2,
    field: 1,
    text: '"x',
    kind: "unclosed",
  });
  assert.deepEqual(findQuoteProblem('a;b\n1;"say ""hi""" now;2\n', ";"), {
    line: 2,
    field: 1,
    text: '"say ""hi""" now',
    kind: "text-after-closing-quote",
  });
});

Deno.test("readDelimited reports an unclosed quote at its row and column, not as a bad value", () => {
  const { problems } = readDelimited('id,dob,sex\n1,"1970-01-01,M\n2,1980-02-02,F\n', ",", 1);
  assert.deepEqual(problems.map((p) => [p.row, p.column, p.value, p.rule]), [
    ["row 2", '"dob"', '"1970-01-01', "unbalanced-quote"],
  ]);
});

Deno.test("decodeText locates Latin-1 bytes in UTF-8, a replacement character, and UTF-8 declared Latin-1", () => {
  const latin1 = Uint8Array.from([...strToU8("a,b\n1,M"), 0xfc, ...strToU8("ller\n")]);
  const wrong = decodeText(latin1, "utf-8", false);
  assert.ok("problem" in wrong);
  assert.match(
    wrong.problem,
    /byte 0xFC \(byte 8 of the file\) is not valid UTF-8; in Latin-1 it is "ü"/,
  );
  assert.equal(wrong.at?.text.slice(wrong.at.index), "üller\n");
  const scarred = decodeText(strToU8("a\nM\uFFFDller\n"), "utf-8", false);
  assert.ok("problem" in scarred);
  assert.match(scarred.problem, /replacement character U\+FFFD/);
  assert.equal(scarred.at?.index, 3);
  const utf8 = decodeText(strToU8("a\nMüller\n"), "latin1", false);
  assert.ok("problem" in utf8);
  assert.match(utf8.problem, /the file is UTF-8 .* such as "ü"/);
});

Deno.test("closestName finds a misspelt or re-punctuated header, and nothing when none is close", () => {
  assert.equal(closestName("data_diagnosi", ["id", "data_diagnsoi", "sesso"]), "data_diagnsoi");
  assert.equal(closestName("Date of birth", ["date_of_birth", "sex"]), "date_of_birth");
  assert.equal(closestName("Regimen", ["Study ID", "Treatment given", "Start date"]), undefined);
});

Deno.test("the raw folder reader opens site.json and the files it claims, nothing else", async () => {
  const root = await Deno.makeTempDir();
  await Deno.mkdir(join(root, "S01"));
  const spec = { site: "S01", files: [{ path: "claimed.csv" }, { path: "../escape.csv" }] };
  await Deno.writeTextFile(join(root, "S01", "site.json"), JSON.stringify(spec));
  await Deno.writeTextFile(join(root, "S01", "claimed.csv"), "a\n1\n");
  await Deno.writeTextFile(join(root, "S01", "stray.csv"), "b\n2\n");
  const raw = await readRawFolder(root, DEFAULT_INPUT_LIMITS);
  const [site] = raw.sites;
  assert.deepEqual([...site!.files.keys()].sort(), ["claimed.csv", "site.json"]);
  assert.deepEqual(site!.entries.map((e) => [e.name, e.kind, e.size]), [
    ["claimed.csv", "file", 4],
    ["site.json", "file", JSON.stringify(spec).length],
    ["stray.csv", "file", 4],
  ]);
});

Deno.test("a claimed file over the size limit is listed by its size and never read", async () => {
  const root = await Deno.makeTempDir();
  await Deno.mkdir(join(root, "S01"));
  await Deno.writeTextFile(
    join(root, "S01", "site.json"),
    JSON.stringify({ site: "S01", files: [{ path: "huge.csv" }] }),
  );
  const file = await Deno.open(join(root, "S01", "huge.csv"), { write: true, create: true });
  await file.truncate(3 * MIB);
  file.close();
  const raw = await readRawFolder(root, { fileMiB: 2, workbookPartMiB: 1 });
  assert.equal(raw.sites[0]?.files.has("huge.csv"), false);
  assert.equal(raw.sites[0]?.entries.find((e) => e.name === "huge.csv")?.size, 3 * MIB);
});

Deno.test("the default input limits are the committed plan's", async () => {
  const plan = JSON.parse(await Deno.readTextFile("pipeline/analysis-plan.json"));
  assert.deepEqual(plan.inputLimits, DEFAULT_INPUT_LIMITS);
});
