/**
 * The streaming readers against the whole-text readers they replace: the same records, lines and
 * refusals for any text cut into any pieces. Seeded random texts made of the characters that
 * matter (delimiters, quotes, every kind of line end), cut at random places, including inside a
 * `\r\n` and between the two quotes of `""`.
 */

import assert from "node:assert/strict";
import { dsvFormat } from "d3-dsv";
import { delimitedRecords } from "../../pipeline/ingest/readers/delimited_records.ts";
import { NeedsWholeFile, textStream } from "../../pipeline/ingest/readers/text_stream.ts";
import { findQuoteProblem } from "../../pipeline/ingest/readers/quote_check.ts";
import { decodeText } from "../../pipeline/ingest/readers/decode_text.ts";
import { seededRandom } from "../lib/_seeded_random.ts";

const ALPHABET = ["a", "b", "7", " ", ";", ",", '"', '""', "\n", "\r\n", "\r", "é"];

function randomText(next: () => number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}

/** The records and lines as `read_delimited.ts` numbers them, from d3-dsv on the whole text. */
function wholeRecords(text: string, delimiter: string): [string[], number][] {
  let line = 1;
  return dsvFormat(delimiter).parseRows(text).map((fields) => {
    const start = line;
    line += 1 + fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return [fields, start];
  });
}

function streamedRecords(text: string, delimiter: string, cuts: number[]) {
  const records: [string[], number][] = [];
  const splitter = delimitedRecords(delimiter, (fields, line) => records.push([fields, line]));
  try {
    let from = 0;
    for (const cut of [...cuts, text.length]) {
      splitter.push(text.slice(from, cut));
      from = cut;
    }
    splitter.finish();
  } catch (error) {
    if (error instanceof NeedsWholeFile) return "refused";
    throw error;
  }
  return records;
}

Deno.test("delimited records match d3-dsv's, with the same lines, however the text is cut", () => {
  const next = seededRandom(7);
  let refused = 0;
  for (let trial = 0; trial < 3000; trial++) {
    const text = randomText(next, Math.floor(next() * 40));
    const delimiter = next() < 0.5 ? ";" : ",";
    const cuts = [...new Set(Array.from({ length: 3 }, () => Math.floor(next() * text.length)))]
      .sort((a, b) => a - b);
    const streamed = streamedRecords(text, delimiter, cuts);
    const problem = findQuoteProblem(text, delimiter);
    if (problem !== undefined) {
      refused++;
      assert.equal(streamed, "refused", JSON.stringify(text));
      continue;
    }
    assert.deepEqual(streamed, wholeRecords(text, delimiter), JSON.stringify({ text, cuts }));
  }
  assert.ok(refused > 300 && refused < 2700, `${refused} texts with a quote problem`);
});

Deno.test("a quoted field longer than many pieces is read once, in pieces", () => {
  const long = "x".repeat(100_000);
  const text = `a,"${long}\n""${long}"\nb,c\n`;
  const cuts = Array.from({ length: 199 }, (_, i) => (i + 1) * 1_000);
  assert.deepEqual(streamedRecords(text, ",", cuts), wholeRecords(text, ","));
});

Deno.test("text streams decode as decodeText does, and defer every refusal to it", () => {
  const cases: [number[], "utf-8" | "latin1", boolean][] = [
    [[0x4d, 0xfc, 0x6c], "latin1", false],
    [[0x4d, 0xc3, 0xbc, 0x6c], "utf-8", false],
    [[0x4d, 0xc3, 0xbc, 0x6c], "latin1", false], // UTF-8 declared Latin-1
    [[0x4d, 0xc3], "utf-8", false], // cut inside a character
    [[0xef, 0xbb, 0xbf, 0x61], "utf-8", true],
    [[0xef, 0xbb, 0xbf, 0x61], "utf-8", false],
    [[0x61, 0x62], "utf-8", true],
    [[0xef, 0xbb], "utf-8", true],
    [[], "utf-8", false],
    [[0xef, 0xbf, 0xbd], "utf-8", false], // U+FFFD
    [[0x80, 0x41], "latin1", false],
  ];
  for (const [bytes, encoding, bom] of cases) {
    const whole = decodeText(Uint8Array.from(bytes), encoding, bom);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const stream = textStream(encoding, bom);
      let text: string | "refused";
      try {
        text = stream.push(Uint8Array.from(bytes.slice(0, cut))) +
          stream.push(Uint8Array.from(bytes.slice(cut))) + stream.finish();
      } catch (error) {
        if (!(error instanceof NeedsWholeFile)) throw error;
        text = "refused";
      }
      const expected = "text" in whole ? whole.text : "refused";
      assert.equal(text, expected, `${bytes} ${encoding} bom ${bom} cut ${cut}`);
    }
  }
});
