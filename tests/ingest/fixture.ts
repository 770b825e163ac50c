/**
 * The hand-made raw folder under `fixtures/raw/` (four fictitious sites, one per format family)
 * loaded into memory, with helpers that change one file so that a test can build a minimal broken
 * export without touching the fixture on disk.
 *
 * A01: UTF-8 CSV, ISO dates; a tab-separated assessments file with US dates and a BOM.
 * A02: Latin-1, semicolons, DD/MM/YYYY, decimal commas, a title line; an exact duplicate row
 *      (case 8) and a referred patient (case 7 = A01 case 5).
 * A03: REDCap flat JSON with its dictionary; case 2 treated before June 1985.
 * A04: .xlsx workbook (Excel serial dates), Lines sheet with a title row.
 * Planted oddity: A01 case 1 has an assessment after death (a warning under the fixture's plan).
 * Planted exclusions: A01 case 3 (not molecularly confirmed), A01 case 4 (perioperative only),
 * A02 case 9 (first advanced line after May 2021), A03 case 2 (before June 1985).
 */

import { type AnalysisPlan, readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import { parseRegimenClasses } from "../../pipeline/_shared/regimen_classes.ts";
import { type IngestInputs, ingestRaw } from "../../pipeline/ingest/ingest_raw.ts";
import { issuesError } from "../../pipeline/ingest/validation/issues.ts";
import { type RawFolder, readRawFolder } from "../../pipeline/ingest/readers/raw_folder.ts";
import {
  parseRegimenVocabulary,
  type RegimenVocabulary,
} from "../../pipeline/ingest/vocabulary/regimen_vocabulary.ts";

export const FIXTURE_RAW = "tests/ingest/fixtures/raw";

/** The fixture's regimen vocabulary. */
export async function fixtureVocabulary(): Promise<RegimenVocabulary> {
  return parseRegimenVocabulary(await Deno.readTextFile("tests/ingest/fixtures/regimens.csv"));
}

/**
 * What ingest reads besides the raw folder: the committed plan and the fixture's vocabulary and
 * classes. The fixture plants an assessment after death (A01 case 1), so the plan lists that rule
 * as a warning (`plausibility.warnOnly`); `change` may change the plan further.
 */
export async function fixtureInputs(change?: (plan: AnalysisPlan) => void): Promise<IngestInputs> {
  const plan = structuredClone(await readAnalysisPlan("pipeline/analysis-plan.json"));
  plan.plausibility.warnOnly = ["event-after-death"];
  change?.(plan);
  return {
    plan,
    vocabulary: await fixtureVocabulary(),
    classes: parseRegimenClasses(
      await Deno.readTextFile("tests/ingest/fixtures/regimen-classes.csv"),
    ),
  };
}

/** A fresh in-memory copy of the fixture raw folder. */
export function loadFixture(): Promise<RawFolder> {
  return readRawFolder(FIXTURE_RAW);
}

/** Replaces the bytes of `file` in `site` (adding the file and its folder entry if new). */
export function setFile(raw: RawFolder, site: string, file: string, bytes: Uint8Array): void {
  const folder = raw.sites.find((s) => s.name === site);
  if (!folder) throw new Error(`no site ${site} in the fixture`);
  folder.files.set(file, bytes);
  const entry = folder.entries.find((e) => e.name === file);
  if (entry) entry.size = bytes.length;
  else {
    folder.entries.push({ name: file, kind: "file", size: bytes.length });
    folder.entries.sort((a, b) => a.name < b.name ? -1 : 1);
  }
}

/** Edits the text of `file` in `site`, read and written in `encoding`. */
export function editFile(
  raw: RawFolder,
  site: string,
  file: string,
  edit: (text: string) => string,
  encoding: "utf-8" | "latin1" = "utf-8",
): void {
  const bytes = raw.sites.find((s) => s.name === site)?.files.get(file);
  if (!bytes) throw new Error(`no file ${site}/${file} in the fixture`);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const edited = edit(text);
  if (edited === text) throw new Error(`the edit of ${site}/${file} changed nothing`);
  const out = encoding === "utf-8"
    ? new TextEncoder().encode(edited)
    : Uint8Array.from(edited, (ch) => ch.charCodeAt(0));
  setFile(raw, site, file, out);
}

/** Edits the parsed JSON of `site.json` of `site`. */
// deno-lint-ignore no-explicit-any -- tests reshape the spec freely, including into invalid forms.
export function editSpec(raw: RawFolder, site: string, edit: (spec: any) => void): void {
  editFile(raw, site, "site.json", (text) => {
    const spec = JSON.parse(text);
    edit(spec);
    return JSON.stringify(spec, null, 2);
  });
}

/** The message ingest stops with on `raw`; fails the test if ingest succeeds. */
export async function ingestError(raw: RawFolder, inputs?: IngestInputs): Promise<string> {
  const result = ingestRaw(raw, inputs ?? await fixtureInputs());
  if (result.ok) throw new Error("expected ingest to refuse the export, but it succeeded");
  return issuesError(result.issues).message;
}
