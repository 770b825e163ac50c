/**
 * The issues of a raw folder's entries that are refused by name, never read: a pipe, socket or
 * device (reading one can block forever), a file over the plan's size limit, a symbolic link
 * (it could point outside the raw folder).
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import type { RawEntry } from "../readers/raw_folder.ts";
import { bytesOf, type InputLimits, showSize } from "../readers/input_limits.ts";

/** A pipe, socket or device, refused unopened. */
export function notRegularIssue(site: string, entry: RawEntry): Issue {
  return {
    site,
    file: entry.name,
    row: "",
    column: "",
    rule: "not-a-regular-file",
    expected: `a regular file, but this is ${entry.what ?? "not one"}: refused without being ` +
      "opened (reading it could block the run forever)",
    fix: "replace it with the exported file itself, or remove it from the raw folder",
  };
}

/** A file over `inputLimits.fileMiB`, refused unread. */
export function tooLargeIssue(site: string, entry: RawEntry, limits: InputLimits): Issue {
  return {
    site,
    file: entry.name,
    row: "",
    column: "",
    rule: "file-too-large",
    expected: `a file of at most ${showSize(bytesOf(limits.fileMiB))} (the plan's ` +
      `inputLimits.fileMiB), but it is ${showSize(entry.size)}: refused without being read`,
    fix: "check that this is the export the site meant to send; if it is, raise " +
      "inputLimits.fileMiB in the analysis plan",
  };
}

/** A symbolic link, refused and never followed. */
export function symlinkIssue(site: string, name: string): Issue {
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
