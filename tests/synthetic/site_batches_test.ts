/**
 * A large site is drawn and written a batch of records at a time. The bytes must be those of the
 * whole site at once, for every layout and any batch size, and so must the annex facts.
 */
import assert from "node:assert/strict";
import { planRandomCohort } from "../../data/synthetic/random_plan.ts";
import {
  randomSharedKeys,
  randomSiteBatches,
  randomSiteRecords,
} from "../../data/synthetic/random_site.ts";
import { exportSite, siteExporter } from "../../data/synthetic/export/export_site.ts";
import { joinChunks } from "../../data/synthetic/export/render_site.ts";
import type { FileChunk } from "../../data/synthetic/export/file_writers.ts";

const plan = planRandomCohort(2, 600, 10);

Deno.test("a site exported in batches has the bytes and facts of the site exported at once, for every layout", () => {
  for (const { site, layout } of plan.sites) {
    const { records, sharedKeys } = randomSiteRecords(plan, site);
    const whole = exportSite(site, layout, records, sharedKeys);
    for (const size of [1, 7, 50]) {
      const exporter = siteExporter(site, layout, sharedKeys);
      const chunks: FileChunk[] = [];
      for (let i = 0; i < records.length; i += size) {
        chunks.push(...exporter.add(records.slice(i, i + size)));
      }
      const { chunks: rest, facts } = exporter.finish();
      assert.deepEqual(
        joinChunks([...chunks, ...rest]),
        whole.files,
        `${site} (${layout}), ${size}`,
      );
      assert.deepEqual(facts, whole.facts, `${site} facts, batches of ${size}`);
    }
  }
});

Deno.test("a site's records come in case order, the same whatever the batch size", () => {
  for (const site of ["S01", "S04", "S07"]) {
    const once = [...randomSiteBatches(plan, site, 100_000)];
    assert.equal(once.length, 1);
    for (const size of [1, 13]) {
      const batches = [...randomSiteBatches(plan, site, size)];
      assert.ok(batches.every((b, i) => b.length === size || i === batches.length - 1));
      assert.deepEqual(batches.flat(), once[0]);
    }
    const ids = once[0]!.map((r) => Number(r.caseId));
    assert.deepEqual(ids, ids.toSorted((a, b) => a - b), `${site}: case numbers ascend`);
  }
  assert.deepEqual(
    randomSharedKeys(plan, plan.referral!.to),
    randomSharedKeys(plan, plan.referral!.site),
  );
});

Deno.test("a site with no rows in a table still gets the table's column names", () => {
  // A file of a site whose records have no assessments: the header alone, as at once.
  const { site, layout } = plan.sites[0]!;
  const exporter = siteExporter(site, layout, new Set());
  const { chunks } = exporter.finish();
  const files = joinChunks(chunks);
  const whole = exportSite(site, layout, [], new Set()).files;
  assert.deepEqual(files, whole);
  assert.match(new TextDecoder().decode(files.get("patients.csv")!), /^study_no,surname,/);
});
