/**
 * Renumbers the ids Observable Plot generates (`plot-clip-N`, `plot-marker-N`, `plot-pattern-N`,
 * and pattern children such as `plot-pattern-N-0`). Plot draws them from module-wide counters, so
 * the same figure gets other ids when other figures were drawn before it in the same process.
 * Renumbering each kind from 1 in order of first appearance makes a figure's bytes depend on that
 * figure alone, and keeps ids distinct within it (distinct inputs map to distinct outputs).
 *
 * @module
 */

const PLOT_ID = /\bplot-(clip|marker|pattern)-(\d+)\b/g;

/** `svg` with Plot's generated ids renumbered from 1 per kind, in order of first appearance. */
export function renumberPlotIds(svg: string): string {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  return svg.replace(PLOT_ID, (id: string, kind: string) => {
    let name = renamed.get(id);
    if (name === undefined) {
      const next = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, next);
      name = `plot-${kind}-${next}`;
      renamed.set(id, name);
    }
    return name;
  });
}
