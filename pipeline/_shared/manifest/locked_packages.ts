/**
 * The exact npm packages a stage loads: its bare specifiers mapped through `deno.json`'s imports,
 * resolved to versions by `deno.lock`, and closed over the lock's dependency lists, each with the
 * integrity hash the lock records. A changed version anywhere in that closure changes the stage's
 * code fingerprint; a package the stage does not load does not.
 *
 * @module
 */

/** The parts of `deno.lock` (version 5) read here. */
export interface DenoLock {
  specifiers?: Record<string, string>;
  npm?: Record<string, {
    integrity?: string;
    dependencies?: string[];
    optionalDependencies?: string[];
  }>;
}

/** The package name of a lock key or a `name@range` string (`@scope/name@1.2.3` → `@scope/name`). */
export function packageName(key: string): string {
  const at = key.indexOf("@", 1);
  return at === -1 ? key : key.slice(0, at);
}

/** `npm:name@range/sub/path` → `name@range` (the form `deno.lock`'s specifiers use). */
function npmRequest(specifier: string): string {
  const rest = specifier.slice("npm:".length);
  const parts = rest.split("/");
  return rest.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/**
 * The import map's target for a bare specifier: an exact key, or the longest "prefix/" key, or
 * (as Deno allows for npm: targets) a package key followed by a subpath.
 */
function mapSpecifier(specifier: string, imports: Record<string, string>): string | undefined {
  if (imports[specifier] !== undefined) return imports[specifier];
  const prefix = Object.keys(imports)
    .filter((key) =>
      key.endsWith("/")
        ? specifier.startsWith(key)
        : specifier.startsWith(`${key}/`) && imports[key]!.startsWith("npm:")
    )
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return undefined;
  const rest = specifier.slice(prefix.length);
  return imports[prefix] + rest;
}

/**
 * `name@version` of every package that `specifiers` load (directly or through dependencies), with
 * its integrity. Throws a `TypeError` naming a specifier that neither deno.json nor the lock
 * resolves.
 */
export function lockedPackages(
  specifiers: readonly string[],
  imports: Record<string, string>,
  lock: DenoLock,
): Record<string, string> {
  const npm = lock.npm ?? {};
  const byName = new Map<string, string[]>();
  for (const key of Object.keys(npm)) {
    const name = packageName(key);
    byName.set(name, [...(byName.get(name) ?? []), key]);
  }
  const pending: string[] = [];
  for (const specifier of specifiers) {
    const target = specifier.startsWith("npm:") ? specifier : mapSpecifier(specifier, imports);
    if (target === undefined || !target.startsWith("npm:")) {
      throw new TypeError(
        `import "${specifier}": expected an npm: specifier or a bare one mapped to npm: in ` +
          `deno.json, but found ${target === undefined ? "no mapping" : `"${target}"`}`,
      );
    }
    const request = npmRequest(target);
    const version = lock.specifiers?.[`npm:${request}`];
    if (version === undefined) {
      throw new TypeError(`import "${specifier}": npm:${request} is not in deno.lock`);
    }
    pending.push(`${packageName(request)}@${version}`);
  }
  const found: Record<string, string> = {};
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (found[key] !== undefined) continue;
    const entry = npm[key];
    if (entry === undefined) throw new TypeError(`package ${key}: expected an entry in deno.lock`);
    found[key] = entry.integrity ?? "";
    for (const dependency of [...entry.dependencies ?? [], ...entry.optionalDependencies ?? []]) {
      // The lock names a dependency by name when one version is locked, by name@version otherwise.
      pending.push(
        ...(npm[dependency] !== undefined ? [dependency] : byName.get(dependency) ?? []),
      );
    }
  }
  return found;
}
