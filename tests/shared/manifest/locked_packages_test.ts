import assert from "node:assert/strict";
import {
  type DenoLock,
  lockedPackages,
  packageName,
} from "../../../pipeline/_shared/manifest/locked_packages.ts";

const lock: DenoLock = {
  specifiers: { "npm:top@1.0.0": "1.0.0", "npm:@scope/other@2.0.0": "2.0.0" },
  npm: {
    "top@1.0.0": { integrity: "sha-top", dependencies: ["shared", "twice@1.0.0"] },
    "@scope/other@2.0.0": { integrity: "sha-other", dependencies: ["twice@2.0.0"] },
    "shared@3.1.0": { integrity: "sha-shared" },
    "twice@1.0.0": { integrity: "sha-twice-1" },
    "twice@2.0.0": { integrity: "sha-twice-2" },
    "unused@9.9.9": { integrity: "sha-unused" },
  },
};
const imports = { top: "npm:top@1.0.0", "@scope/other": "npm:@scope/other@2.0.0" };

Deno.test("packageName strips the version, scoped names included", () => {
  assert.equal(packageName("d3-array@3.2.5"), "d3-array");
  assert.equal(packageName("@uwdata/flechette@2.6.0"), "@uwdata/flechette");
  assert.equal(packageName("d3-transition@3.0.2_d3-selection@3.0.1"), "d3-transition");
});

Deno.test("lockedPackages maps bare specifiers through deno.json and closes over the lock", () => {
  assert.deepEqual(lockedPackages(["top"], imports, lock), {
    "top@1.0.0": "sha-top",
    "shared@3.1.0": "sha-shared",
    "twice@1.0.0": "sha-twice-1",
  });
  assert.deepEqual(Object.keys(lockedPackages(["@scope/other/sub/path.js"], imports, lock)), [
    "@scope/other@2.0.0",
    "twice@2.0.0",
  ]);
  assert.deepEqual(Object.keys(lockedPackages(["npm:top@1.0.0"], {}, lock)).length, 3);
});

Deno.test("lockedPackages names a specifier that neither deno.json nor the lock resolves", () => {
  assert.throws(() => lockedPackages(["missing"], imports, lock), /import "missing".*no mapping/);
  assert.throws(
    () => lockedPackages(["npm:top@2.0.0"], {}, lock),
    /npm:top@2\.0\.0 is not in deno\.lock/,
  );
});

Deno.test("on the project's lock, figures loads jsdom and Plot while statistics loads neither", async () => {
  const config = JSON.parse(await Deno.readTextFile("deno.json"));
  const projectLock = JSON.parse(await Deno.readTextFile("deno.lock"));
  const figures = lockedPackages(["@observablehq/plot", "jsdom"], config.imports, projectLock);
  assert.ok("jsdom@31.0.1" in figures && "@observablehq/plot@0.6.17" in figures);
  assert.ok(Object.keys(figures).some((key) => key.startsWith("d3-transition@")));
  const statistics = lockedPackages(["d3-dsv"], config.imports, projectLock);
  assert.ok(!Object.keys(statistics).some((key) => key.startsWith("jsdom@")));
});
