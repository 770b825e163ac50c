/**
 * One fact, stated once: three places where the outputs used to state one fact two ways, checked
 * on the suite's run of the committed data against the analysis datasets themselves.
 */

import assert from "node:assert/strict";
import { csvParse } from "d3-dsv";
import { descriptionKey } from "../../pipeline/_shared/contracts/stats.ts";
import type { IndexedNumber } from "../../pipeline/report/document/number_index.ts";
import { committedRun } from "./_committed_run.ts";

async function outputs() {
  const run = await committedRun();
  assert.equal(run.code, 0, run.stderr);
  const read = (name: string) => Deno.readTextFile(`${run.out}/${name}`);
  return {
    adrs: csvParse(await read("analysis/adrs.csv")),
    adtte: csvParse(await read("analysis/adtte.csv")),
    index: JSON.parse(await read("number-index.json")) as IndexedNumber[],
  };
}

Deno.test("a best response is never dated at its line's progression unless it is PD", async () => {
  const { adrs, adtte } = await outputs();
  const progression = new Map(
    adtte.filter((r) => r.PARAMCD === "PFS" && r.CNSR === "0" && r.EVNTDESC!.startsWith("PROG"))
      .map((r) => [`${r.USUBJID}#${r.LINE}`, r.ADT]),
  );
  const best = adrs.filter((r) => r.PARAMCD === "BOR" || r.PARAMCD === "CBOR");
  const reported = best.filter((r) => r.RSSRC === "REPORTED BEST RESPONSE");
  assert.ok(reported.length > 20, `${reported.length} site-reported best responses`);
  const dated = best.filter((r) =>
    r.AVALC !== "PD" && r.ADT !== "" && r.ADT === progression.get(`${r.USUBJID}#${r.LINE}`)
  );
  assert.deepEqual(dated.map((r) => `${r.USUBJID} line ${r.LINE} ${r.PARAMCD} ${r.AVALC}`), []);
  // A site's reported response without a date of its own stays undated.
  assert.ok(reported.some((r) => (r.AVALC === "CR" || r.AVALC === "PR") && r.ADT === ""));
});

Deno.test("the methods note states each PFS censoring rule with the lines ADTTE censored by it", async () => {
  const { adtte, index } = await outputs();
  const censored = adtte.filter((r) => r.PARAMCD === "PFS" && r.CNSR === "1");
  const counts = new Map<string, number>();
  for (const r of censored) {
    const key = descriptionKey(r.CNSDTDSC!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  assert.ok(counts.size >= 2, "the committed data censor lines by more than one rule");
  const stated = index.filter((n) =>
    n.where.startsWith("Methods note") && n.id.startsWith("pfs_all_lines.censored_by.")
  );
  assert.deepEqual(
    new Map(stated.map((n) => [n.id.replace("pfs_all_lines.censored_by.", ""), Number(n.text)])),
    counts,
  );
});

Deno.test("figure 6 and Tables 2 and 3 count the same lines for response, all of ADRS's", async () => {
  const { adrs, index } = await outputs();
  const lines = adrs.filter((r) => r.ANL01FL === "Y").length;
  const figure6 = index.find((n) =>
    n.where.startsWith("Figure 6") && n.id === "analysed.response_lines"
  );
  const table2 = index.find((n) =>
    n.where.startsWith("Table 2") && n.where.includes("| All lines |") &&
    n.id === "response.all_lines.lines"
  );
  const table3 = index.filter((n) =>
    n.where.startsWith("Table 3") && /^response\.by_line\.[^.]+\.lines$/.test(n.id)
  );
  assert.equal(Number(figure6?.text), lines);
  assert.equal(Number(table2?.text), lines);
  assert.equal(table3.reduce((sum, n) => sum + Number(n.text), 0), lines);
});
