/**
 * Site specs (`data/raw/<SITE>/site.json`, format in `data/site-spec.md`): their types, and the
 * validator that turns a parsed `site.json` into a {@linkcode SiteSpec} or lists every problem.
 * Keys that do not apply to a file's format are refused rather than ignored, so that a spec never
 * says something the reader does not do.
 *
 * @module
 */

import { isObject, refuseUnknown, show, type SpecProblem } from "./checks.ts";
import { checkFileSpec } from "./file.ts";
import type { SiteSpec } from "./types.ts";

export type * from "./types.ts";

const SITE_CODE = /^[A-Z0-9]{1,8}$/;

/**
 * Validates a parsed `site.json`; `fileNames` are the names of the files in the site folder.
 * Returns the spec, or the list of every problem found.
 */
export function validateSiteSpec(
  value: unknown,
  fileNames: readonly string[],
): { spec: SiteSpec; problems: [] } | { spec?: undefined; problems: SpecProblem[] } {
  const problems: SpecProblem[] = [];
  if (!isObject(value)) return { problems: ["site.json must hold a JSON object"] };
  refuseUnknown(value, ["site", "institution", "files"], "", problems);
  if (typeof value.site !== "string" || !SITE_CODE.test(value.site)) {
    problems.push(`site must be 1 to 8 upper-case letters or digits but found ${show(value.site)}`);
  }
  if (value.institution !== undefined && typeof value.institution !== "string") {
    problems.push(`institution must be a string but found ${show(value.institution)}`);
  }
  if (!Array.isArray(value.files) || value.files.length === 0) {
    problems.push(`files must be a non-empty list but found ${show(value.files)}`);
  } else {
    const claimed = new Set<string>();
    value.files.forEach((file, i) =>
      checkFileSpec(file, `files[${i}]`, fileNames, claimed, problems)
    );
    const tables = value.files.flatMap((f) =>
      isObject(f) && Array.isArray(f.tables) ? f.tables : []
    );
    if (!tables.some((t) => isObject(t) && t.table === "patients")) {
      problems.push("no file feeds the patients table: every site must report its patients");
    }
  }
  return problems.length > 0 ? { problems } : { spec: withDefaults(value), problems: [] };
}

function withDefaults(value: Record<string, unknown>): SiteSpec {
  const spec = structuredClone(value) as unknown as SiteSpec;
  for (const file of spec.files) {
    file.missing ??= [""];
    for (const table of file.tables) {
      table.codes ??= {};
      if (file.format !== "redcap") table.headerRow ??= 1;
    }
  }
  return spec;
}
