/**
 * Pointwise confidence limits for S(t) at one step, exactly as R's `survfit` computes them
 * (`survival:::survfit_confint`, survival 3.5), from S and sigma, the Greenwood standard error of
 * log S. Limits R returns as NA or NaN are NaN here:
 *
 * - log: exp(log S ± z sigma), upper clipped at 1; NaN when S = 0.
 * - log-log: exp(-exp(log(-log S) ± z sigma / log S)), which is S^exp(∓ z sigma / log S); NaN when
 *   S = 0 or S = 1 (log S = 0), so the band is undefined until the first event.
 * - plain: S ± z S sigma clipped to [0, 1]; NaN when S = 0 (0 × Infinity).
 *
 * @module
 */

/** How the band around S(t) is built: R's conf.type "log" (the default), "log-log" or "plain". */
export type BandMethod = "log" | "loglog" | "plain";

const METHODS: readonly string[] = ["log", "loglog", "plain"];

/** Throws unless `method` is a band method (a boundary check for values read from a plan). */
export function checkBandMethod(method: string): asserts method is BandMethod {
  if (!METHODS.includes(method)) {
    throw new RangeError(`Expected a band method (log, loglog or plain) but found "${method}"`);
  }
}

/** Lower and upper limit at a step with survival S and Greenwood sigma, for critical value z. */
export function bandLimits(
  survival: number,
  sigma: number,
  method: BandMethod,
  z: number,
): { lower: number; upper: number } {
  switch (method) {
    case "log": {
      if (survival === 0) return { lower: NaN, upper: NaN };
      const logS = Math.log(survival);
      return { lower: Math.exp(logS - z * sigma), upper: Math.min(Math.exp(logS + z * sigma), 1) };
    }
    case "loglog": {
      if (survival === 0 || survival === 1) return { lower: NaN, upper: NaN };
      const logS = Math.log(survival);
      const spread = z * sigma / logS;
      const centre = Math.log(-logS);
      return {
        lower: Math.exp(-Math.exp(centre - spread)),
        upper: Math.exp(-Math.exp(centre + spread)),
      };
    }
    case "plain": {
      // 0 * Infinity is NaN when S = 0, as in R.
      const halfWidth = sigma * survival * z;
      return { lower: Math.max(survival - halfWidth, 0), upper: Math.min(survival + halfWidth, 1) };
    }
  }
}
