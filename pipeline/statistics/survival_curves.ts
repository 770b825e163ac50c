/**
 * The curves the Kaplan–Meier figures draw (`survival-curves.json`): the step function with its
 * pointwise band, and the numbers at risk at the figure's ticks. Fitted here, by the same library
 * and records as the summaries in `stats.json`, so a figure never fits a curve of its own.
 *
 * Decisions:
 * - Band: the plan's headline method when it is a band method (log, log-log, plain); the
 *   SPSS-style interval has no band, so R's default (log) is drawn and the caption says so.
 * - Axis: ticks at a round step of months spanning the longest follow-up of the figure's curves
 *   (`month_ticks.ts`), at most as many intervals as the figure's print width leaves room for
 *   (`MAX_TICK_INTERVALS`); the number at risk at t is R's `summary(fit, times = t)$n.risk`.
 * - PFS by regimen class: every class with at least the plan's `minimumClassSizeForFigures`
 *   lines, largest first (ties by code), and the PFS of every line as the reference curve that
 *   figure 2 draws in grey behind each class's (the summary `pfs_all_lines` in stats.json).
 *
 * @module
 */

import type { AdtteRecord } from "../_shared/contracts/adam_records.ts";
import {
  type CurveSet,
  MAX_TICK_INTERVALS,
  type SurvivalCurve,
  type SurvivalCurves,
} from "../_shared/contracts/curves.ts";
import type { CiMethod } from "../_shared/contracts/stats.ts";
import { monthTicks } from "../_shared/month_ticks.ts";
import { fitKaplanMeier, survivalAt } from "../lib/survival/kaplan_meier.ts";
import { type BandMethod, confidenceBand } from "../lib/survival/median_band.ts";

/** Options from the plan. */
export interface CurveOptions {
  daysPerMonth: number;
  level: number;
  headlineCi: CiMethod;
  minimumClassSize: number;
}

/** The band drawn for a headline CI method. */
export function bandMethodFor(headline: CiMethod): BandMethod {
  return headline === "spss" ? "log" : headline;
}

/** The OS curve and the PFS curves by regimen class. */
export function survivalCurves(
  adtte: readonly AdtteRecord[],
  options: CurveOptions,
): SurvivalCurves {
  const os = adtte.filter((r) => r.paramcd === "OS");
  const pfs = adtte.filter((r) => r.paramcd === "PFS");
  return {
    confidence_level: options.level,
    days_per_month: options.daysPerMonth,
    os: curveSet([{ key: "all", statsId: "os", records: os }], null, {
      ...options,
      maxIntervals: MAX_TICK_INTERVALS.os,
    }),
    pfs_by_class: curveSet(
      classesToDraw(pfs, options.minimumClassSize).map((code) => ({
        key: code,
        statsId: `pfs_by_class.${code}`,
        records: pfs.filter((r) => r.regimenClass === code),
      })),
      { key: "all", statsId: "pfs_all_lines", records: pfs },
      { ...options, maxIntervals: MAX_TICK_INTERVALS.pfs_by_class },
    ),
  };
}

/** Regimen classes with at least `minimum` lines, largest first (ties by code). */
export function classesToDraw(pfs: readonly AdtteRecord[], minimum: number): string[] {
  const counts = new Map<string, number>();
  for (const r of pfs) {
    const code = r.regimenClass ?? "";
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= minimum)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([code]) => code);
}

interface CurveGroup {
  key: string;
  statsId: string;
  records: readonly AdtteRecord[];
}

function curveSet(
  groups: CurveGroup[],
  reference: CurveGroup | null,
  options: CurveOptions & { maxIntervals: number },
): CurveSet {
  const method = bandMethodFor(options.headlineCi);
  const fitted = (g: CurveGroup) => ({
    ...g,
    fit: fitKaplanMeier(g.records.map((r) => ({ time: r.days, event: r.event }))),
  });
  const fits = groups.map(fitted);
  const referenceFit = reference === null ? null : fitted(reference);
  const longest = Math.max(
    0,
    ...[...fits, ...(referenceFit === null ? [] : [referenceFit])]
      .flatMap((f) => f.fit.steps.map((s) => s.time)),
  );
  const ticks = monthTicks(longest / options.daysPerMonth, options.maxIntervals);
  const curve = ({ key, statsId, fit }: ReturnType<typeof fitted>): SurvivalCurve => {
    const band = confidenceBand(fit, method, { level: options.level });
    return {
      key,
      statsId,
      n: fit.n,
      events: fit.events,
      steps: fit.steps.map((s, i) => ({
        months: s.time / options.daysPerMonth,
        survival: s.survival,
        nRisk: s.nRisk,
        nEvent: s.nEvent,
        nCensor: s.nCensor,
        lower: finite(band[i]!.lower),
        upper: finite(band[i]!.upper),
      })),
      atRisk: ticks.map((months) => ({
        months,
        nRisk: survivalAt(fit, months * options.daysPerMonth).nRisk,
      })),
    };
  };
  return {
    bandMethod: method,
    ticks,
    curves: fits.map(curve),
    reference: referenceFit === null ? null : curve(referenceFit),
  };
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
