import assert from "node:assert/strict";
import { parseSynthArgs } from "../../data/synthetic/synth_args.ts";
import { generatorCommand } from "../../data/synthetic/main.ts";

Deno.test("parseSynthArgs: no options means the calibrated cohort into data/raw", () => {
  assert.deepEqual(parseSynthArgs([]), { calibrated: true, out: "data/raw" });
  assert.deepEqual(parseSynthArgs(["--out", "/tmp/x"]), { calibrated: true, out: "/tmp/x" });
});

Deno.test("parseSynthArgs: an uncalibrated cohort needs seed, patients, sites and out", () => {
  assert.deepEqual(
    parseSynthArgs(["--seed", "7", "--patients", "500", "--sites", "12", "--out", "d"]),
    {
      calibrated: false,
      out: "d",
      seed: 7,
      patients: 500,
      sites: 12,
    },
  );
  assert.throws(() => parseSynthArgs(["--seed", "7"]), /together/);
  assert.throws(
    () => parseSynthArgs(["--seed", "7", "--patients", "5.5", "--sites", "2", "--out", "d"]),
    /--patients to be a whole number of at least 1 but found "5.5"/,
  );
  assert.throws(() => parseSynthArgs(["--bogus"]), TypeError);
});

Deno.test("parseSynthArgs: --workers is a whole number, for an uncalibrated cohort only", () => {
  const args = ["--seed", "7", "--patients", "500", "--sites", "12", "--out", "d"];
  assert.equal(parseSynthArgs([...args, "--workers", "2"]).calibrated, false);
  assert.deepEqual(parseSynthArgs([...args, "--workers", "2"]), {
    calibrated: false,
    out: "d",
    seed: 7,
    patients: 500,
    sites: 12,
    workers: 2,
  });
  assert.throws(
    () => parseSynthArgs([...args, "--workers", "0"]),
    /--workers to be a whole number of at least 1 but found "0"/,
  );
  assert.throws(() => parseSynthArgs(["--workers", "2"]), /only with an uncalibrated cohort/);
});

Deno.test("the generator runs with least privilege: write the output folder, read it and its own sources", () => {
  const args = generatorCommand(["--out", "/tmp/cohort"]);
  assert.equal(args[0], "run");
  assert.ok(args.includes("--allow-write=/tmp/cohort"));
  const read = args.find((a) => a.startsWith("--allow-read="))!.slice("--allow-read=".length).split(
    ",",
  );
  assert.equal(read[0], "/tmp/cohort");
  assert.ok(read[1]!.endsWith("data/synthetic/") && read[2]!.endsWith("data/vocabulary/"));
  assert.equal(
    args.filter((a) => a.startsWith("--allow-")).length,
    2,
    "no run, net, env or sys permission",
  );
  assert.ok(args.at(-3)!.endsWith("data/synthetic/generate.ts"));
});
