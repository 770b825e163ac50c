import assert from "node:assert/strict";
import { lockedPackages } from "../../pipeline/report/software_statement.ts";

Deno.test("the software statement names the analysis packages, not type packages or the tests' browser driver", () => {
  const lock = JSON.stringify({
    workspace: {
      dependencies: [
        "npm:arquero@8.0.3",
        "npm:@types/jsdom@21.1.7",
        "npm:puppeteer-core@25.16.0",
        "npm:@observablehq/plot@0.6.17",
      ],
    },
  });
  assert.deepEqual(lockedPackages(lock), ["@observablehq/plot 0.6.17", "arquero 8.0.3"]);
});

Deno.test("the committed lock file's analysis packages are the ones the statement names", async () => {
  const packages = lockedPackages(await Deno.readTextFile("deno.lock"));
  assert.ok(packages.includes("jsdom 31.0.1"), packages.join(", "));
  assert.ok(!packages.some((p) => p.startsWith("puppeteer")), packages.join(", "));
});
