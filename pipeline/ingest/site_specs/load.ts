/**
 * Loads and validates every site spec of a raw-folder snapshot, and refuses what no spec accounts
 * for: a file that no spec claims, a sub-folder, a symbolic link, a site folder without `site.json`.
 * Entries the snapshot did not open are refused here by name: a pipe, socket or device (never
 * opened, since reading one can block forever), and a claimed file larger than the plan's
 * `inputLimits.fileMiB`. Sites whose spec is valid are returned even when another site's is not,
 * so that one run reports the problems of every site.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import {
  isReadable,
  type RawEntry,
  type RawFolder,
  type SiteFolder,
  SPEC_FILE,
} from "../readers/raw_folder.ts";
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "../readers/input_limits.ts";
import { notRegularIssue, symlinkIssue, tooLargeIssue } from "./entry_issues.ts";
import { type SiteSpec, validateSiteSpec } from "./site.ts";
import { pushAll } from "../../_shared/large_arrays.ts";

/** A site whose spec is valid, with its folder. */
export interface LoadedSite {
  spec: SiteSpec;
  folder: SiteFolder;
}

const SPEC = SPEC_FILE;
const TOP_LEVEL_FILES = ["README.md"];
const SPEC_FIX = "correct site.json as data/site-spec.md describes";

/** The valid sites of `raw`, and an issue for everything refused. */
export function loadSiteSpecs(
  raw: RawFolder,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): { sites: LoadedSite[]; issues: Issue[] } {
  const issues: Issue[] = [];
  for (const entry of raw.entries) {
    if (entry.kind === "symlink") issues.push(symlinkIssue("", entry.name));
    if (entry.kind === "other") issues.push(notRegularIssue("", entry));
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
    const site = loadSite(folder, limits, issues);
    if (site) sites.push(site);
  }
  if (raw.sites.length === 0) {
    issues.push({
      site: "",
      file: "",
      row: "",
      column: "",
      rule: "no-site",
      expected: "at least one site folder (with its export and site.json) in the raw folder",
      fix: "point --raw at the folder that holds the site folders (data/site-spec.md)",
    });
  }
  return { sites, issues };
}

function loadSite(
  folder: SiteFolder,
  limits: InputLimits,
  issues: Issue[],
): LoadedSite | undefined {
  for (const entry of folder.entries) {
    if (entry.kind === "other") issues.push(notRegularIssue(folder.name, entry));
  }
  const tooLarge = (entry: RawEntry) =>
    entry.kind === "file" && !isReadable(entry, limits)
      ? [tooLargeIssue(folder.name, entry, limits)]
      : [];
  for (const [name, reason] of folder.unreadable ?? []) {
    issues.push({
      site: folder.name,
      file: name,
      row: "",
      column: "",
      rule: "unreadable-file",
      expected: `a file the pipeline can read, but reading it failed: ${reason}`,
      fix: "check the file's permissions, or copy it again from what the site sent",
    });
  }
  const specEntry = folder.entries.find((e) => e.name === SPEC);
  if (specEntry && tooLarge(specEntry).length > 0) {
    pushAll(issues, tooLarge(specEntry));
    return undefined;
  }
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
    // A spec that is a pipe or a device, or could not be read, has its own issue already.
    if (specEntry === undefined || specEntry.kind === "symlink") {
      issues.push(specIssue("the site folder has no site.json (a regular file)"));
    } else if (specEntry.kind === "directory") {
      issues.push(specIssue("site.json is a folder, not a file"));
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    issues.push(specIssue(`site.json is not valid UTF-8 JSON (${(error as Error).message})`));
    return undefined;
  }
  // Pipes and devices count as present, so that a spec naming one is not told the name is missing:
  // the entry's own issue says what it is.
  const names = folder.entries
    .filter((e) => (e.kind === "file" || e.kind === "other") && e.name !== SPEC)
    .map((e) => e.name);
  const { spec, problems } = validateSiteSpec(value, names);
  pushAll(issues, problems.map(specIssue));
  const code = (value as { site?: unknown } | null)?.site;
  if (typeof code === "string" && code !== folder.name) {
    issues.push(specIssue(`site is "${code}" but the folder is named "${folder.name}"`));
  }
  if (!spec) return undefined;
  const claimed = new Set(spec.files.flatMap((f) => [f.path, f.dictionary ?? f.path]));
  for (const entry of folder.entries) {
    if (claimed.has(entry.name)) pushAll(issues, tooLarge(entry));
    if (
      entry.name === SPEC || entry.kind === "symlink" || entry.kind === "other" ||
      claimed.has(entry.name)
    ) continue;
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
