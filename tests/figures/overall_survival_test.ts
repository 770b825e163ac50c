import assert from "node:assert/strict";
import { plainText } from "../../pipeline/_shared/prose/inline.ts";
import { drawOverallSurvival } from "../../pipeline/figures/overall_survival/mod.ts";
import { computeStatistics } from "../../pipeline/statistics/compute.ts";
import { numberSource } from "../../pipeline/_shared/prose/numbers.ts";
import type { Statistics } from "../../pipeline/_shared/contracts/stats.ts";
import { medianInterval } from "../../pipeline/figures/_km/median_interval.ts";
import { cohortInputs, cohortRecords, parseSvg, xTickLabels, xTickPositions } from "./_helpers.ts";

/** The figure's x scale (months to pixels) and y of 50%, from its ticks and median line. */
function scales(svg: Document) {
  const months = xTickLabels(svg).map(Number);
  const px = xTickPositions(svg);
  const perMonth = (px.at(-1)! - px[0]!) / (months.at(-1)! - months[0]!);
  return { x: (m: number) => px[0]! + m * perMonth };
}

Deno.test("figure 1 draws the median's headline CI as a bar at 50% from limit to limit, with caps", async () => {
  const { curves, numbers, stats } = await cohortInputs();
  const svg = parseSvg(drawOverallSurvival(curves.os, numbers).svg);
  const bar = svg.querySelector('g[aria-description="median confidence interval"] line')!;
  const drop = svg.querySelector('g[aria-description="median line"] line')!;
  const [lower, upper] = stats.os.ci[numbers.plan.headlineCi]!;
  const { x } = scales(svg);
  assert.ok(Math.abs(Number(bar.getAttribute("x1")) - x(Math.max(0, lower!))) < 1e-6);
  assert.ok(Math.abs(Number(bar.getAttribute("x2")) - x(upper!)) < 1e-6);
  // At 50%: the height at which the median's drop line starts.
  assert.equal(bar.getAttribute("y1"), drop.getAttribute("y2"));
  assert.ok(Math.abs(Number(drop.getAttribute("x1")) - x(stats.os.median!)) < 1e-6);
  const caps = svg.querySelectorAll('g[aria-description="median confidence interval limits"] path');
  assert.equal(caps.length, 2);
});

Deno.test("figure 1's legend names the band and the median's interval each with its method", async () => {
  const inputs = await cohortInputs();
  const legend = (svg: string) =>
    [...parseSvg(svg).querySelectorAll('svg[aria-label="legend"] text')].map((t) => t.textContent);
  const spss = drawOverallSurvival(inputs.curves.os, inputs.numbers);
  assert.ok(legend(spss.svg).includes("95% pointwise confidence band (log)"));
  assert.ok(legend(spss.svg).includes("95% CI of the median (SPSS-style symmetric)"));
  assert.match(plainText(spss.caption), /the bar need not span where the band crosses 50%/);
  // Under a plan whose headline interval is a band method, the two are one method.
  const plan = { ...inputs.plan, headlineCi: "loglog" as const, confidenceLevel: 0.9 };
  const other = computeStatistics(cohortRecords(), plan);
  const loglog = drawOverallSurvival(other.curves.os, numberSource(other.stats, plan));
  assert.ok(legend(loglog.svg).includes("90% pointwise confidence band (log-log)"));
  assert.ok(legend(loglog.svg).includes("90% CI of the median (SAS (log-log))"));
  assert.match(plainText(loglog.caption), /The bar spans the times at which the band crosses 50%/);
});

Deno.test("figure 1's curve and marks are black and grey: hues are kept for regimens", async () => {
  const { curves, numbers } = await cohortInputs();
  const svg = drawOverallSurvival(curves.os, numbers).svg;
  const colours = new Set(
    [...svg.matchAll(/(?:fill|stroke)="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]),
  );
  for (const colour of colours) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour!.slice(i, i + 2), 16));
    assert.ok(r === g && g === b, `${colour} is not a grey`);
  }
});

Deno.test("medianInterval draws a negative lower limit at 0 and leaves an upper limit that is NE open", async () => {
  const { plan } = await cohortInputs();
  const numbersFor = (median: number | null, spss: unknown) =>
    numberSource({ os: { median, ci: { spss } } } as unknown as Statistics, plan);
  assert.deepEqual(medianInterval(numbersFor(4, [-1.2, 9.5]), "os", 48), {
    from: 0,
    to: 9.5,
    caps: [0, 9.5],
  });
  assert.deepEqual(medianInterval(numbersFor(4, [2, null]), "os", 48), {
    from: 2,
    to: 48,
    caps: [2],
  });
  assert.equal(medianInterval(numbersFor(4, null), "os", 48), null);
  assert.equal(medianInterval(numbersFor(null, [2, null]), "os", 48), null);
});
