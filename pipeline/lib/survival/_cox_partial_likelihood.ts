/**
 * The Cox log partial likelihood, its score vector and its information matrix at one β, with
 * Efron's or Breslow's handling of tied event times (one pass over the subjects, as Therneau's
 * `coxfit6_iter` in R's survival package, so that sums are formed in the same order).
 *
 * The subjects are sorted by time, ascending, and walked from the last: the risk set only grows.
 * At each time, the subjects censored there join the risk set before it is used (censored at t
 * means still at risk at t). With d events at a time, their risk scores r = exp(xβ) summed in D:
 * - Breslow: each of the d events has the whole risk set in its denominator: log L gains
 *   Σ_events xβ − d log(R), with R the risk set's sum of r, and the information gains d times the
 *   risk-weighted covariance of x.
 * - Efron: the k-th event (k = 1..d) sees the risk set with (k − 1)/d of the tied events removed:
 *   the denominators are R − D + D·k/d (here built by adding D/d at a time to the risk set
 *   without the events), and so are the weighted sums of x and xxᵀ.
 * With a single event at a time the two coincide.
 *
 * @module
 */

/** Subjects sorted by time ascending; `covariates[j][i]` is covariate j of subject i. */
export interface CoxData {
  time: Float64Array;
  event: Uint8Array;
  covariates: Float64Array[];
}

/** How tied event times enter the partial likelihood. */
export type CoxTies = "efron" | "breslow";

/** log L(β), its gradient U(β) and the information I(β) = −∂²log L/∂β². */
export interface PartialLikelihood {
  logLik: number;
  score: number[];
  information: number[][];
}

/** The partial likelihood of `data` at `beta`. */
export function partialLikelihood(
  data: CoxData,
  beta: readonly number[],
  ties: CoxTies,
): PartialLikelihood {
  const p = beta.length;
  const x = data.covariates;
  const u = new Float64Array(p);
  const info = new Float64Array(p * p); // lower triangle, row-major: info[i * p + j], j <= i
  const sumX = new Float64Array(p); // Σ r x over the risk set so far
  const sumXX = new Float64Array(p * p);
  const deadX = new Float64Array(p); // the same over the events at the current time
  const deadXX = new Float64Array(p * p);
  let risk = 0;
  let logLik = 0;
  for (let person = data.time.length - 1; person >= 0;) {
    const time = data.time[person]!;
    let dead = 0;
    let deadRisk = 0;
    for (; person >= 0 && data.time[person] === time; person--) {
      let eta = 0;
      for (let i = 0; i < p; i++) eta += beta[i]! * x[i]![person]!;
      const r = Math.exp(eta);
      const dies = data.event[person] === 1;
      const sx = dies ? deadX : sumX;
      const sxx = dies ? deadXX : sumXX;
      if (dies) {
        dead++;
        deadRisk += r;
        logLik += eta;
        for (let i = 0; i < p; i++) u[i]! += x[i]![person]!;
      } else {
        risk += r;
      }
      for (let i = 0; i < p; i++) {
        const rx = r * x[i]![person]!;
        sx[i]! += rx;
        for (let j = 0; j <= i; j++) sxx[i * p + j]! += rx * x[j]![person]!;
      }
    }
    if (dead === 0) continue;
    // Breslow adds the events in one piece with weight d; Efron in d pieces of 1/d, weight 1.
    const pieces = ties === "breslow" || dead === 1 ? 1 : dead;
    const weight = dead / pieces;
    for (let k = 0; k < pieces; k++) {
      risk += deadRisk / pieces;
      logLik -= weight * Math.log(risk);
      for (let i = 0; i < p; i++) {
        sumX[i]! += deadX[i]! / pieces;
        const mean = sumX[i]! / risk;
        u[i]! -= weight * mean;
        for (let j = 0; j <= i; j++) {
          sumXX[i * p + j]! += deadXX[i * p + j]! / pieces;
          info[i * p + j]! += weight * (sumXX[i * p + j]! - mean * sumX[j]!) / risk;
        }
      }
    }
    deadX.fill(0);
    deadXX.fill(0);
  }
  const information = Array.from(
    { length: p },
    (_, i) => Array.from({ length: p }, (_, j) => (j <= i ? info[i * p + j]! : info[j * p + i]!)),
  );
  return { logLik, score: [...u], information };
}
