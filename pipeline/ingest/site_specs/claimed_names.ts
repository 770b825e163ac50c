/**
 * The file names a `site.json` claims (each file's `path`, and a REDCap file's `dictionary`), read
 * leniently before the spec is validated: the raw-folder reader opens these files and nothing
 * else. A spec that is not JSON claims nothing; the validator reports why later.
 *
 * @module
 */

import { isObject } from "./checks.ts";

/** The names `specBytes` claims, in spec order, each once; only plain names in the folder. */
export function claimedNames(specBytes: Uint8Array): string[] {
  let spec: unknown;
  try {
    spec = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(specBytes));
  } catch {
    return [];
  }
  const files = isObject(spec) && Array.isArray(spec.files) ? spec.files : [];
  const names = files.flatMap((file) => isObject(file) ? [file.path, file.dictionary] : []);
  return [
    ...new Set(
      names.filter((name): name is string =>
        typeof name === "string" && name !== "" && !name.includes("/") && name !== "site.json"
      ),
    ),
  ];
}
