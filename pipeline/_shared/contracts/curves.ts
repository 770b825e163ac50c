/**
 * The shape of `outputs/survival-curves.json`: what the Kaplan–Meier figures draw, computed by
 * the statistics stage so that no figure fits a curve of its own. Each figure's curves share one
 * time axis (`ticks`, months), and the numbers at risk are given at exactly those ticks.
 *
 * Times are in months (days / the plan's `daysPerMonth`, unrounded: they are drawn, not printed).
 * The medians and intervals a figure prints come from `stats.json` under `statsId`.
 *
 * @module
 */

/**
 * The most tick intervals each figure's time axis may have. The figure's print width sets it:
 * figure 1 is printed in a single column (about 270 px of axis) and figure 2 draws a small panel
 * per class (about 170 px of axis each), so six intervals keep tick labels and numbers at risk
 * (up to three digits at 12 px) from touching.
 */
export const MAX_TICK_INTERVALS = { os: 6, pfs_by_class: 6 } as const;

/** One step of a curve: the estimate just after `months`. */
export interface CurveStep {
  months: number;
  survival: number;
  nRisk: number;
  nEvent: number;
  nCensor: number;
  /** The pointwise confidence band at this step; null where it is not defined (S = 0). */
  lower: number | null;
  upper: number | null;
}

/** One Kaplan–Meier curve. */
export interface SurvivalCurve {
  /** The group's code (`all` for the whole cohort or every line, else a regimen class). */
  key: string;
  /** The id of the group's summary in stats.json, e.g. `os` or `pfs_by_class.ifosfamide`. */
  statsId: string;
  n: number;
  events: number;
  steps: CurveStep[];
  /** Numbers at risk at each of the figure's ticks. */
  atRisk: { months: number; nRisk: number }[];
}

/** The curves of one figure on a shared axis. */
export interface CurveSet {
  /** The band method of `lower`/`upper`: the plan's headline method when it has a band, else log. */
  bandMethod: "log" | "loglog" | "plain";
  ticks: number[];
  curves: SurvivalCurve[];
  /**
   * A curve drawn behind each of `curves` for comparison, on the same ticks (PFS of every line
   * behind each class's), or null.
   */
  reference: SurvivalCurve | null;
}

/** Everything in `survival-curves.json`. */
export interface SurvivalCurves {
  confidence_level: number;
  days_per_month: number;
  /** Overall survival of all patients (one curve). */
  os: CurveSet;
  /**
   * PFS per line by regimen class: classes with at least the plan's minimum number of lines, and
   * every line's PFS (`pfs_all_lines`) as the reference.
   */
  pfs_by_class: CurveSet;
}
