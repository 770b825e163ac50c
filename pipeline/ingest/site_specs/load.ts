/**
 * Loads and validates every site spec of a raw-folder snapshot, and refuses what no spec accounts
 * for: a file that no spec claims, a sub-folder, a symbolic link, a site folder without `site.json`.
 * Sites whose spec is valid are returned even when another site's is not, so that one run reports
 * the problems of every site.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import type { RawFolder, SiteFolder } from "../readers/raw_folder.ts";
import { type SiteSpec, validateSiteSpec } from "./site.ts";

/** A site whose spec is valid, with its folder. */
export interface LoadedSite {
  spec: SiteSpec;
  folder: SiteFolder;
}

const SPEC = "site.json";
const TOP_LEVEL_FILES = ["README.md"];
const SPEC_FIX = "correct site.json as data/site-spec.md describes";

/** The valid sites of `raw`, and an issue for everything refused. */
export function loadSiteSpecs(raw: RawFolder): { sites: LoadedSite[]; issues: Issue[] } {
  const issues: Issue[] = [];
  for (const entry of raw.entries) {
    if (entry.kind === "symlink") issues.push(symlinkIssue("", entry.name));
    if (entry.kind === "file" && !TOP_LEVEL_FILES.includes(entry.name)) {
      issues.push({
        site: "",
        file: entry.name,
        row: "",
        column: "",
        rule: "unclaimed-file",
        expected: "a file outside the site folders (only README.md may be there)",
        fix: "move it into a site folder and claim it in that site's site.json, or remove it",
      });
    }
  }
  const sites: LoadedSite[] = [];
  for (const folder of raw.sites) {
    const site = loadSite(folder, issues);
    if (site) sites.push(site);
  }
  return { sites, issues };
}

function loadSite(folder: SiteFolder, issues: Issue[]): LoadedSite | undefined {
  const bytes = folder.files.get(SPEC);
  const specIssue = (expected: string): Issue => ({
    site: folder.name,
    file: SPEC,
    row: "",
    column: "",
    rule: "invalid-site-spec",
    expected,
    fix: SPEC_FIX,
  });
  for (const entry of folder.entries) {
    if (entry.kind === "symlink") issues.push(symlinkIssue(folder.name, entry.name));
  }
  if (bytes === undefined) {
    issues.push(specIssue("the site folder has no site.json (or it is not a regular file)"));
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    issues.push(specIssue(`site.json is not valid UTF-8 JSON (${(error as Error).message})`));
    return undefined;
  }
  const names = folder.entries.filter((e) => e.kind === "file" && e.name !== SPEC).map((e) =>
    e.name
  );
  const { spec, problems } = validateSiteSpec(value, names);
  issues.push(...problems.map(specIssue));
  const code = (value as { site?: unknown } | null)?.site;
  if (typeof code === "string" && code !== folder.name) {
    issues.push(specIssue(`site is "${code}" but the folder is named "${folder.name}"`));
  }
  if (!spec) return undefined;
  const claimed = new Set(spec.files.flatMap((f) => [f.path, f.dictionary ?? f.path]));
  for (const entry of folder.entries) {
    if (entry.name === SPEC || entry.kind === "symlink" || claimed.has(entry.name)) continue;
    issues.push({
      site: folder.name,
      file: entry.name,
      row: "",
      column: "",
      rule: "unclaimed-file",
      expected: entry.kind === "directory"
        ? "no sub-folder in a site folder"
        : "a file that site.json claims (no spec reads it, and no format is guessed)",
      fix: "claim it in site.json with its format, or remove it from the site folder",
    });
  }
  return spec.site === folder.name ? { spec, folder } : undefined;
}

function symlinkIssue(site: string, name: string): Issue {
  return {
    site,
    file: name,
    row: "",
    column: "",
    rule: "symlink",
    expected: "a symbolic link: refused, because it could point outside the raw folder",
    fix: "replace the link with the file itself",
  };
}
