import assert from "node:assert/strict";
import { listing, monthYear, sentenceNumber } from "../../../pipeline/_shared/prose/words.ts";

Deno.test("sentenceNumber writes numbers under 100 in words, capitalised", () => {
  assert.equal(sentenceNumber(55), "Fifty-five");
  assert.equal(sentenceNumber(13), "Thirteen");
  assert.equal(sentenceNumber(40), "Forty");
  assert.equal(sentenceNumber(500), "500");
});

Deno.test("monthYear names the month of an ISO date", () => {
  assert.equal(monthYear("1985-06-17"), "June 1985");
  assert.equal(monthYear("2021-05-01"), "May 2021");
});

Deno.test("listing joins with commas and a final and", () => {
  assert.equal(listing([]), "");
  assert.equal(listing(["a"]), "a");
  assert.equal(listing(["a", "b", "c"]), "a, b and c");
});
