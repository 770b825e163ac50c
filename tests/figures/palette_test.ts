import assert from "node:assert/strict";
import {
  NEUTRAL,
  OKABE_ITO,
  OTHER_REGIMENS_HATCH,
  OTHER_REGIMENS_PAINT,
  regimenPalette,
  RESPONSE_ORDER,
  RESPONSE_PAINT,
} from "../../pipeline/figures/_common/palette.ts";
import { drawFigures } from "../../pipeline/figures/draw_figures.ts";
import { closestPair, deltaE2000, seen, VIEWS } from "./_colour_vision.ts";
import { cohortInputs } from "./_helpers.ts";

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

const RESPONSE_FILLS = Object.fromEntries(RESPONSE_ORDER.map((r) => [r, RESPONSE_PAINT[r].fill]));

Deno.test("regimenPalette colours the seven most used regimens, ties by name, hatches the rest", () => {
  const palette = regimenPalette(LINES);
  const own = palette.legend.filter((e) => e.regimen !== null).map((e) => e.regimen);
  assert.deepEqual(own, ["doxorubicin", "sunitinib", "ifosfamide", "pazopanib", "a", "b", "c"]);
  assert.deepEqual(palette.legend.map((e) => e.paint.fill), [
    ...OKABE_ITO.slice(1),
    OTHER_REGIMENS_PAINT.fill,
  ]);
  assert.deepEqual(palette.paint("d"), OTHER_REGIMENS_PAINT);
  assert.deepEqual(palette.paint("never seen"), OTHER_REGIMENS_PAINT);
  assert.equal(palette.hasOwnColour("c"), true);
  assert.equal(palette.hasOwnColour("e"), false);
});

Deno.test("regimenPalette does not depend on the order of the lines", () => {
  const a = regimenPalette(LINES);
  const b = regimenPalette(LINES.toReversed());
  for (const regimen of new Set(LINES)) assert.deepEqual(a.paint(regimen), b.paint(regimen));
});

Deno.test("regimenPalette has no 'other' entry when every regimen has a colour", () => {
  const palette = regimenPalette(["x", "y", "x"]);
  assert.deepEqual(palette.legend.map((e) => e.regimen), ["x", "y"]);
});

Deno.test("deltaE2000 reproduces Sharma, Wu and Dalal's published test pairs", () => {
  // Pairs 1, 7 and 17 of Table 1 of Sharma et al. (2005), with their ΔE00.
  const pairs: [number[], number[], number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
  ];
  for (const [[L1, a1, b1], [L2, a2, b2], expected] of pairs) {
    const found = deltaE2000({ L: L1!, a: a1!, b: b1! }, { L: L2!, a: a2!, b: b2! });
    assert.ok(Math.abs(found - expected) < 5e-5, `${found} for ${expected}`);
  }
});

Deno.test("the five responses stay apart with normal vision, each dichromacy and in greyscale", () => {
  // CIEDE2000 of the closest pair: 15 or more in colour (well apart side by side), and L* 10 or
  // more apart in greyscale, where the NE outline also sets NE apart from the paper.
  const minimum = { normal: 15, protanopia: 15, deuteranopia: 15, tritanopia: 15, greyscale: 10 };
  for (const view of VIEWS) {
    const { distance, pair } = closestPair(RESPONSE_FILLS, view);
    assert.ok(distance >= minimum[view], `${view}: ${pair.join(" and ")} only ${distance} apart`);
  }
});

Deno.test("the Okabe–Ito regimen hues stay apart under each dichromacy", () => {
  const hues = Object.fromEntries(OKABE_ITO.slice(1).map((c) => [c, c]));
  for (const view of VIEWS.filter((v) => v !== "greyscale")) {
    const { distance, pair } = closestPair(hues, view);
    // Okabe–Ito is built to survive dichromacy: every pair stays visibly apart (ΔE00 >= 8).
    assert.ok(distance >= 8, `${view}: ${pair.join(" and ")} only ${distance} apart`);
  }
});

Deno.test("no response colour is a regimen's, the hatch of other regimens', or a neutral's", () => {
  // White is the paper, not a colour: NE's outline sets it apart from the paper.
  const others = [
    ...OKABE_ITO,
    OTHER_REGIMENS_HATCH.colour,
    NEUTRAL.curve,
    NEUTRAL.reference,
    NEUTRAL.median,
    NEUTRAL.lane,
  ];
  for (const [response, fill] of Object.entries(RESPONSE_FILLS)) {
    for (const other of others) {
      const distance = deltaE2000(seen(fill, "normal"), seen(other, "normal"));
      assert.ok(distance >= 8, `${response} ${fill} is only ${distance} from ${other}`);
    }
  }
});

/** The fill and stroke colours an SVG uses, upper case. */
function coloursOf(svg: string): Set<string> {
  return new Set(
    [...svg.matchAll(/(?:fill|stroke)="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]!.toUpperCase()),
  );
}

Deno.test("each colour means one thing: responses in figures 4 and 5 only, regimen hues in figure 3 only", async () => {
  const figures = drawFigures(await cohortInputs());
  const responses = new Set(Object.values(RESPONSE_FILLS));
  const hues = new Set<string>(OKABE_ITO.slice(1));
  const byResponse = ["waterfall.svg", "best-response-by-regimen.svg"];
  for (const figure of figures) {
    const used = coloursOf(figure.svg);
    const usedResponses = [...used].filter((c) => responses.has(c));
    const usedHues = [...used].filter((c) => hues.has(c));
    if (byResponse.includes(figure.file)) {
      assert.ok(usedResponses.length >= 3, `${figure.file} colours by response`);
      assert.deepEqual(usedHues, [], `${figure.file} uses a regimen hue`);
    } else {
      assert.deepEqual(usedResponses, [], `${figure.file} uses a response colour`);
      if (figure.file !== "swimmer.svg") {
        assert.deepEqual(usedHues, [], `${figure.file} uses a regimen hue`);
      }
    }
  }
  const swimmer = coloursOf(figures.find((f) => f.file === "swimmer.svg")!.svg);
  assert.ok([...hues].every((h) => swimmer.has(h)), "the swimmer plot colours seven regimens");
});
