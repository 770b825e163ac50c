import assert from "node:assert/strict";
import {
  formatManifest,
  isSealed,
  type Manifest,
  parseManifest,
  sealedManifestText,
} from "../../../pipeline/_shared/manifest/manifest.ts";

function manifest(order: "forward" | "backward"): Manifest {
  const files = order === "forward" ? ["<out>/a", "<out>/b"] : ["<out>/b", "<out>/a"];
  return {
    format: 1,
    sha256: "",
    complete: true,
    software: { deno: "2.9.6", v8: "v", typescript: "t" },
    plan: { sha256: "p" },
    stages: {
      one: {
        code: { sha256: "c", deno: "2.9.6", modules: {}, packages: {} },
        inputs: Object.fromEntries(files.map((f) => [f, "h"])),
        outputs: {},
      },
    },
  };
}

Deno.test("a manifest's text does not depend on the order its paths were found in", () => {
  assert.equal(formatManifest(manifest("forward")), formatManifest(manifest("backward")));
  assert.match(formatManifest(manifest("backward")), /"<out>\/a": "h",\n\s+"<out>\/b"/);
});

Deno.test("a manifest reads back as written", () => {
  assert.deepEqual(parseManifest(formatManifest(manifest("forward"))), manifest("forward"));
});

Deno.test("a text that is not a manifest of this format is refused, saying what was found", () => {
  assert.throws(() => parseManifest("{"), /not JSON/);
  assert.throws(() => parseManifest('{"format": 0}'), /expected format 1 but found 0/);
  assert.throws(
    () => parseManifest('{"format":1,"sha256":"","complete":true,"software":{},"stages":{"x":{}}}'),
    /stage x: expected code, inputs and outputs/,
  );
});

Deno.test("a sealed manifest carries the sha256 of its own text, and any edit breaks the seal", async () => {
  const text = await sealedManifestText(manifest("forward"));
  assert.match(text, /^\{\n {2}"format": 1,\n {2}"sha256": "[0-9a-f]{64}",\n/);
  assert.equal(await isSealed(text), true);
  assert.equal(await isSealed(text.replace('"complete": true', '"complete": false')), false);
  assert.equal(await isSealed(text.replace('"<out>/a": "h"', '"<out>/a": "i"')), false);
  assert.equal(await isSealed(formatManifest(manifest("forward"))), false);
});
