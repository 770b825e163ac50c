import assert from "node:assert/strict";
import { GREY, OKABE_ITO, regimenPalette } from "../../pipeline/figures/_common/palette.ts";

const LINES = [
  ...Array(5).fill("doxorubicin"),
  ...Array(4).fill("sunitinib"),
  ...Array(3).fill("pazopanib"),
  ...Array(3).fill("ifosfamide"),
  "a",
  "b",
  "c",
  "d",
  "e",
];

Deno.test("regimenPalette colours the seven most used regimens, ties by name, the rest grey", () => {
  const palette = regimenPalette(LINES);
  const own = palette.legend.filter((e) => e.regimen !== null).map((e) => e.regimen);
  assert.deepEqual(own, ["doxorubicin", "sunitinib", "ifosfamide", "pazopanib", "a", "b", "c"]);
  assert.deepEqual(palette.legend.map((e) => e.colour), [...OKABE_ITO.slice(1), GREY]);
  assert.equal(palette.colour("d"), GREY);
  assert.equal(palette.colour("never seen"), GREY);
  assert.equal(palette.hasOwnColour("c"), true);
  assert.equal(palette.hasOwnColour("e"), false);
});

Deno.test("regimenPalette does not depend on the order of the lines", () => {
  const a = regimenPalette(LINES);
  const b = regimenPalette(LINES.toReversed());
  for (const regimen of new Set(LINES)) assert.equal(a.colour(regimen), b.colour(regimen));
});

Deno.test("regimenPalette has no 'other' entry when every regimen has a colour", () => {
  const palette = regimenPalette(["x", "y", "x"]);
  assert.deepEqual(palette.legend.map((e) => e.regimen), ["x", "y"]);
});
