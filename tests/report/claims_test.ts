import assert from "node:assert/strict";
import { atPrecision, checkClaims, parseClaims } from "../../pipeline/report/claims.ts";
import { lookupStatistic } from "../../pipeline/_shared/contracts/stats.ts";

Deno.test("lookupStatistic follows dotted ids through objects and arrays", () => {
  const stats = { pfs: { sunitinib: { ci: { spss: [1.2, 6.8] } } } };
  assert.equal(lookupStatistic(stats, "pfs.sunitinib.ci.spss.1"), 6.8);
  assert.equal(lookupStatistic(stats, "pfs.pazopanib.median"), undefined);
});

Deno.test("atPrecision rounds half up to the abstract's integers", () => {
  assert.equal(atPrecision(14.5, "integer"), 15);
  assert.equal(atPrecision(14.4999, "integer"), 14);
  assert.equal(atPrecision(0.5, "integer"), 1);
  assert.equal(atPrecision("1985-06-17", "month"), "1985-06");
  assert.equal(atPrecision(["sunitinib"], "list"), "sunitinib");
  assert.equal(atPrecision(["a", "b"], "list"), "a, b");
  assert.equal(atPrecision(13.5, "count"), null);
});

Deno.test("top-two holds only when the two largest categories stand clear of the third", () => {
  const clear = { limb: { n: 17 }, aponeurosis: { n: 9 }, trunk: { n: 8 } };
  const tied = { limb: { n: 17 }, aponeurosis: { n: 9 }, trunk: { n: 9 } };
  assert.equal(atPrecision(clear, "top-two"), "aponeurosis, limb");
  assert.equal(atPrecision(tied, "top-two"), "aponeurosis, limb, trunk");
});

Deno.test("checkClaims marks a claim that differs, and one whose statistic is missing", () => {
  const claims = parseClaims({
    claims: [
      {
        id: "a",
        quote: "q",
        claim: "c",
        published: 15,
        precision: "integer",
        statistic: "os.median",
      },
      {
        id: "b",
        quote: "q",
        claim: "c",
        published: 4,
        precision: "integer",
        statistic: "pfs.x.median",
      },
      {
        id: "c",
        quote: "q",
        claim: "c",
        published: 3,
        precision: "integer",
        statistic: "os.ci.spss.0",
      },
    ],
  }, "t");
  const checks = checkClaims(claims, { os: { median: 15.2, ci: { spss: [2.4, 28] } } });
  assert.deepEqual(checks.map((c) => [c.id, c.reproduced, c.match]), [
    ["a", 15, true],
    ["b", null, false],
    ["c", 2, false],
  ]);
});

Deno.test("parseClaims refuses an unknown precision and a repeated id", () => {
  const claim = {
    id: "a",
    quote: "q",
    claim: "c",
    published: 1,
    precision: "count",
    statistic: "s",
  };
  assert.throws(
    () => parseClaims({ claims: [{ ...claim, precision: "decimal" }] }, "f"),
    /precision must be one of/,
  );
  assert.throws(() => parseClaims({ claims: [claim, claim] }, "f"), /id a is used twice/);
});

Deno.test("every quote of the transcription appears verbatim in the committed abstract", async () => {
  const text = await Deno.readTextFile("data/reference/abstract-claims.json");
  const claims = parseClaims(JSON.parse(text), "abstract-claims.json");
  assert.ok(claims.length >= 30, `${claims.length} claims`);
  // The abstract's paragraphs are wrapped; a quote may span a line break.
  const flat = (t: string) => t.replace(/\s+/g, " ");
  const abstract = flat(await Deno.readTextFile("data/reference/publication-abstract.md"));
  const missing = claims.filter((c) => !abstract.includes(flat(c.quote))).map((c) => c.id);
  assert.deepEqual(
    missing,
    [],
    "quotes not found verbatim in data/reference/publication-abstract.md",
  );
});
