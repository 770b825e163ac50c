/**
 * How colours look to readers with a colour-vision deficiency, and how far apart two colours are,
 * for the palette tests: full-severity simulations of protanopia, deuteranopia and tritanopia
 * (Machado GM, Oliveira MM, Fernandes LAF. A physiologically-based model for simulation of color
 * vision deficiency. IEEE TVCG 2009;15:1291–8; the severity-1.0 matrices, applied to linear RGB),
 * a print in greyscale (CIE L* alone), and the CIEDE2000 colour difference (Sharma G, Wu W,
 * Dalal EN. The CIEDE2000 color-difference formula. Color Res Appl 2005;30:21–30).
 *
 * @module
 */

/** A 3 × 3 matrix, rows first. */
type Matrix = readonly [number, number, number][];

/** Machado et al. (2009), severity 1.0. */
export const DEFICIENCIES: Readonly<Record<"protanopia" | "deuteranopia" | "tritanopia", Matrix>> =
  {
    protanopia: [
      [0.152286, 1.052583, -0.204868],
      [0.114503, 0.786281, 0.099216],
      [-0.003882, -0.048116, 1.051998],
    ],
    deuteranopia: [
      [0.367322, 0.860646, -0.227968],
      [0.280085, 0.672501, 0.047413],
      [-0.01182, 0.04294, 0.968881],
    ],
    tritanopia: [
      [1.255528, -0.076749, -0.178779],
      [-0.078411, 0.930809, 0.147602],
      [0.004733, 0.691367, 0.3039],
    ],
  };

/** CIE L*a*b* (D65). */
export interface Lab {
  L: number;
  a: number;
  b: number;
}

/** Linear RGB in [0, 1] of a `#rrggbb` colour. */
export function linearRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new TypeError(`Expected a colour as #rrggbb but found "${hex}"`);
  return [match[1]!, match[2]!, match[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

/** The linear RGB of `hex` as a reader with `deficiency` sees it (clipped to [0, 1]). */
export function simulate(hex: string, deficiency: keyof typeof DEFICIENCIES) {
  const rgb = linearRgb(hex);
  return DEFICIENCIES[deficiency].map((row) =>
    Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))
  ) as [number, number, number];
}

/** CIE L*a*b* (D65 white) of a linear RGB colour. */
export function lab([r, g, b]: readonly [number, number, number]): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29;
  return { L: 116 * f(y) - 16, a: 500 * (f(x) - f(y)), b: 200 * (f(y) - f(z)) };
}

/** The CIEDE2000 difference of two colours (kL = kC = kH = 1). */
export function deltaE2000(one: Lab, two: Lab): number {
  const rad = Math.PI / 180;
  const c1 = Math.hypot(one.a, one.b);
  const c2 = Math.hypot(two.a, two.b);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)));
  const a1 = (1 + g) * one.a;
  const a2 = (1 + g) * two.a;
  const cp1 = Math.hypot(a1, one.b);
  const cp2 = Math.hypot(a2, two.b);
  const hue = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a) / rad;
    return h < 0 ? h + 360 : h;
  };
  const h1 = hue(one.b, a1);
  const h2 = hue(two.b, a2);
  const dL = two.L - one.L;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * rad);
  const lMean = (one.L + two.L) / 2;
  const cpMean = (cp1 + cp2) / 2;
  let hMean = h1 + h2;
  if (cp1 * cp2 !== 0) {
    if (Math.abs(h1 - h2) <= 180) hMean = (h1 + h2) / 2;
    else hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const t = 1 - 0.17 * Math.cos((hMean - 30) * rad) + 0.24 * Math.cos(2 * hMean * rad) +
    0.32 * Math.cos((3 * hMean + 6) * rad) - 0.2 * Math.cos((4 * hMean - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cpMean;
  const sh = 1 + 0.015 * cpMean * t;
  const rt = -Math.sin(2 * dTheta * rad) * rc;
  return Math.sqrt(
    (dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh),
  );
}

/** The ways a reader may see a colour: normal vision, the three dichromacies, a greyscale print. */
export const VIEWS = ["normal", "protanopia", "deuteranopia", "tritanopia", "greyscale"] as const;

/** `hex` in CIE L*a*b* as seen in `view` (greyscale keeps L* alone). */
export function seen(hex: string, view: (typeof VIEWS)[number]): Lab {
  if (view === "normal") return lab(linearRgb(hex));
  if (view === "greyscale") return { ...lab(linearRgb(hex)), a: 0, b: 0 };
  return lab(simulate(hex, view));
}

/** The smallest CIEDE2000 difference between any two of `colours` in `view`, and the pair. */
export function closestPair(
  colours: Readonly<Record<string, string>>,
  view: (typeof VIEWS)[number],
) {
  const entries = Object.entries(colours);
  let closest = { distance: Infinity, pair: ["", ""] as [string, string] };
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const distance = deltaE2000(seen(entries[i]![1], view), seen(entries[j]![1], view));
      if (distance < closest.distance) {
        closest = { distance, pair: [entries[i]![0], entries[j]![0]] };
      }
    }
  }
  return closest;
}
