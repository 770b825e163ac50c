/**
 * The Clopper–Pearson limits stop each binomial tail sum at the first term too small to change it
 * and compute each binomial coefficient once per limit. Both are exact shortcuts: this test keeps
 * the plain form (every term summed until it underflows, the coefficient recomputed at every
 * halving) and requires the same doubles, bit for bit, over a grid of counts and levels.
 */

import assert from "node:assert/strict";
import { clopperPearson } from "../../../pipeline/lib/proportions/clopper_pearson.ts";

function plainLower(x: number, n: number, tail: number): number {
  let low = 0;
  let high = 1;
  for (;;) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) return middle;
    if (plainUpperTail(x, n, middle) < tail) low = middle;
    else high = middle;
  }
}

function plainUpperTail(x: number, n: number, p: number): number {
  const odds = p / (1 - p);
  if ((n - x) * odds <= x + 1) {
    let term = plainPmf(x, n, p);
    let sum = term;
    for (let k = x; k < n && term > 0; k++) {
      term *= (n - k) / (k + 1) * odds;
      sum += term;
    }
    return sum;
  }
  let term = plainPmf(x - 1, n, p);
  let sum = term;
  for (let k = x - 1; k > 0 && term > 0; k--) {
    term *= k / ((n - k + 1) * odds);
    sum += term;
  }
  return 1 - sum;
}

function plainPmf(k: number, n: number, p: number): number {
  let logChoose = 0;
  const m = Math.min(k, n - k);
  for (let i = 1; i <= m; i++) logChoose += Math.log((n - m + i) / i);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

function plain(x: number, n: number, level: number): [number, number] {
  const tail = (1 - level) / 2;
  return [
    x === 0 ? 0 : plainLower(x, n, tail),
    x === n ? 1 : 1 - plainLower(n - x, n, tail),
  ];
}

Deno.test("the shortcut sums give the plain sums' limits, bit for bit", () => {
  const cases: [number, number][] = [];
  for (let n = 1; n <= 40; n++) for (let x = 0; x <= n; x++) cases.push([x, n]);
  for (const n of [97, 500, 2_000]) {
    for (const x of [0, 1, 2, 5, Math.floor(n / 3), Math.floor(n / 2), n - 2, n - 1, n]) {
      cases.push([x, n]);
    }
  }
  for (const [x, n] of cases) {
    for (const level of [0.8, 0.9, 0.95, 0.99]) {
      assert.deepEqual(clopperPearson(x, n, { level }), plain(x, n, level), `${x}/${n} ${level}`);
    }
  }
});
