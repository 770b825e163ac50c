/**
 * Pseudonymous patient ids: the site code, a hyphen and the site's own case number, zero-padded to
 * four digits when it is a number (`S03-0012`). Case numbers are the site's study numbering, not
 * hospital numbers, so the id is stable when other rows of the export change, and it reveals
 * nothing that the site's study log does not.
 *
 * @module
 */

/**
 * The pseudonymous id of case `caseId` at `site`.
 *
 * @example
 * ```ts
 * import { pseudonym } from "./pseudonym.ts";
 * pseudonym("S03", "12"); // "S03-0012"
 * ```
 */
export function pseudonym(site: string, caseId: string): string {
  return `${site}-${/^\d+$/.test(caseId) ? caseId.padStart(4, "0") : caseId}`;
}
