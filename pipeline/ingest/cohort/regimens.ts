/**
 * Each line's regimen text through the vocabulary, on columns: a site writes a few dozen distinct
 * texts over thousands of lines, so each distinct text is looked up once. A text the vocabulary
 * does not know, or a regimen without a class, is an issue at every line that has it, worded by
 * `vocabulary/regimen_issues.ts`.
 *
 * @module
 */

import type { RegimenClass } from "../../_shared/regimen_classes.ts";
import type { Issue } from "../validation/issues.ts";
import { regimenIssues } from "../vocabulary/regimen_issues.ts";
import type { RegimenVocabulary } from "../vocabulary/regimen_vocabulary.ts";
import type { CohortSite } from "./cohort_site.ts";
import { recordView } from "./record_view.ts";
import { pushAll } from "../../_shared/large_arrays.ts";

/** The normalised regimen of each line of `site` (null: unknown), and the issues. */
export function siteRegimens(
  site: CohortSite,
  vocabulary: RegimenVocabulary | undefined,
  classes: ReadonlyMap<string, RegimenClass> | undefined,
): { regimens: (string | null)[]; issues: Issue[] } {
  const texts = site.columns.tables.lines.values.regimen as string[];
  const regimens: (string | null)[] = new Array(texts.length).fill(null);
  const issues: Issue[] = [];
  if (vocabulary === undefined) return { regimens, issues };
  // Per distinct text: its regimen, and whether its lines have an issue.
  const known = new Map<string, { regimen: string | null; faulty: boolean }>();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    let entry = known.get(text);
    if (entry === undefined) {
      const line = recordView(site, "lines", i);
      const checked = regimenIssues([line], vocabulary, classes);
      entry = { regimen: checked.regimenOf.get(line) ?? null, faulty: checked.issues.length > 0 };
      known.set(text, entry);
    }
    regimens[i] = entry.regimen;
    if (entry.faulty) {
      pushAll(issues, regimenIssues([recordView(site, "lines", i)], vocabulary, classes).issues);
    }
  }
  return { regimens, issues };
}
