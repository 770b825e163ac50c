/**
 * The core of the ingest stage on a raw folder held in memory: a snapshot of the raw folder, the
 * analysis plan and the vocabularies in; pseudonymised source tables out, or every issue that
 * stops the run. No file access, no clock. The stage reads the raw folder into memory (within the
 * plan's `inputLimits`) and calls this; each file is then read into typed columns, with no object
 * per row.
 *
 * Ingest is the one place where data and plan are validated, in one pass, before anything is
 * written: a later stage never fails on data that passed here (one that did would be a validation
 * bug). Order: the plan and vocabularies are checked; specs are loaded and validated; each file is
 * read as its spec says into typed columns, values parsed as they are read; exact duplicate rows
 * are merged; then the checks of the whole cohort run (`cohort/ingest_cohort.ts`): keys, links
 * and regimen texts (and their classes), referred patients matched while birth dates are still at
 * hand, the plausibility rules per value, record and person (errors, or warnings where the plan
 * says so), and last, that at least one patient would be included. Identifiers never reach the
 * tables.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { RegimenClass } from "../_shared/regimen_classes.ts";
import type { Issue } from "./validation/issues.ts";
import { loadSiteSpecs } from "./site_specs/load.ts";
import type { RawFolder } from "./readers/raw_folder.ts";
import { DEFAULT_INPUT_LIMITS } from "./readers/input_limits.ts";
import { memorySource } from "./readers/file_source.ts";
import { readSiteTables } from "./readers/site_tables.ts";
import type { RegimenVocabulary } from "./vocabulary/regimen_vocabulary.ts";
import { siteColumns } from "./values/site_columns.ts";
import { ingestCohort, type IngestResult } from "./cohort/ingest_cohort.ts";
import type { SiteFiles } from "./cohort/cell_texts.ts";

export type { IngestResult };

/** What ingest reads besides the raw folder; each undefined when unusable (see `issues`). */
export interface IngestInputs {
  plan: AnalysisPlan | undefined;
  vocabulary: RegimenVocabulary | undefined;
  classes: ReadonlyMap<string, RegimenClass> | undefined;
  /** Problems of the plan and the vocabularies, listed first. */
  issues?: readonly Issue[];
}

/** Ingests `raw` (its files in memory) with the plan and vocabularies of `inputs`. */
export function ingestRaw(raw: RawFolder, inputs: IngestInputs): IngestResult {
  const limits = inputs.plan?.inputLimits ?? DEFAULT_INPUT_LIMITS;
  const loaded = loadSiteSpecs(raw, limits);
  const files = new Map<string, SiteFiles>();
  const read = loaded.sites.map(({ spec, folder }) => {
    const site: SiteFiles = {
      spec,
      source: memorySource(folder.files),
      readable: (name) => folder.files.has(name),
    };
    files.set(spec.site, site);
    return {
      spec,
      columns: siteColumns(readSiteTables(spec, site.source, site.readable, limits), spec),
    };
  });
  return ingestCohort(read, {
    plan: inputs.plan,
    vocabulary: inputs.vocabulary,
    classes: inputs.classes,
    limits,
    issues: [...(inputs.issues ?? []), ...loaded.issues],
    // A site with a refused file (a pipe, a file too large) or spec problem is incomplete: its
    // lines and assessments are not blamed for patients the refused file would have held.
    incompleteSites: new Set(loaded.issues.map((issue) => issue.site)),
  }, files);
}
