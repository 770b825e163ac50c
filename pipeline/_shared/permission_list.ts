/**
 * Paths as a Deno permission flag lists them. Deno 2.9 separates the paths of `--allow-read=` and
 * `--allow-write=` by commas and cannot escape one (tested with 2.9.6: `a,,b` is refused as "Empty
 * path is not allowed", `a\,b` is taken literally; the double-comma escape of some 2.x releases is
 * not there). A path whose name holds a comma is therefore granted through its nearest ancestor
 * without one: wider than declared, so the runner says so when it happens. Spaces, quotes and
 * non-ASCII characters need nothing: flags are passed as separate arguments, never through a
 * shell.
 *
 * @module
 */

/**
 * `path`, or its nearest ancestor whose name has no comma (`.` for a relative path whose first
 * folder has one).
 *
 * @example
 * ```ts
 * import { commaFreePath } from "./permission_list.ts";
 * commaFreePath("/tmp/a,b/out"); // "/tmp"
 * ```
 */
export function commaFreePath(path: string): string {
  if (!path.includes(",")) return path;
  const parts = path.split("/");
  const kept = parts.slice(0, parts.findIndex((part) => part.includes(",")));
  if (kept.length === 0) return ".";
  return kept.join("/") === "" ? "/" : kept.join("/");
}

/** The value of a permission flag granting `paths` (each comma-free, each once). */
export function permissionList(paths: readonly string[]): string {
  return [...new Set(paths.map(commaFreePath))].join(",");
}

/** The paths of `paths` that a permission flag can grant only through an ancestor. */
export function widenedPaths(paths: readonly string[]): string[] {
  return [...new Set(paths.filter((path) => path.includes(",")))];
}
