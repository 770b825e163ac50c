import assert from "node:assert/strict";
import { STAGES } from "../../pipeline/stages.ts";

const config = JSON.parse(await Deno.readTextFile("deno.json"));
const tasks = config.tasks as Record<string, string>;

Deno.test("no task grants all permissions or network access", () => {
  for (const [name, command] of Object.entries(tasks)) {
    assert.doesNotMatch(command, /(^|\s)(-A|--allow-all|--allow-net|-N)(\s|=|$)/, `task ${name}`);
    assert.doesNotMatch(
      command,
      /--allow-(read|write|run|env)(\s|$)/,
      `task ${name} must name what it allows`,
    );
  }
});

Deno.test("every deno run in a task refuses permission prompts and runs in UTC", () => {
  for (const [name, command] of Object.entries(tasks)) {
    for (const part of command.split("&&")) {
      if (!/deno (run|test|bench)/.test(part)) continue;
      assert.match(part, /--no-prompt/, `task ${name}`);
      assert.match(part, /TZ=UTC/, `task ${name}`);
    }
  }
});

Deno.test("every stage has a task that reruns it alone", () => {
  for (const stage of STAGES) {
    assert.match(tasks[stage.name] ?? "", new RegExp(`pipeline/run\\.ts --only ${stage.name}$`));
  }
  assert.match(tasks.all ?? "", /pipeline\/run\.ts$/);
});

Deno.test("verify and diff are tasks that may only start deno", () => {
  assert.equal(tasks.verify, "TZ=UTC deno run --no-prompt --allow-run=deno pipeline/verify.ts");
  assert.equal(
    tasks.diff,
    "TZ=UTC deno run --no-prompt --allow-run=deno pipeline/audit/diff/launch.ts",
  );
});

Deno.test("the stages run in the order of the house style", () => {
  assert.deepEqual(STAGES.map((s) => s.name), [
    "ingest",
    "harmonise",
    "derive",
    "statistics",
    "figures",
    "report",
  ]);
});

Deno.test("the README gives the install line and the two commands, and .ci/run uses its test command", async () => {
  const readme = await Deno.readTextFile("README.md");
  assert.match(readme, /npm install -g deno@2\.9\.6/);
  assert.match(readme, /deno task all/);
  assert.match(readme, /deno task test/);
  const ci = await Deno.readTextFile(".ci/run");
  assert.match(ci, /deno task test/);
  assert.match(ci, /passed, \$failed failed/);
});

Deno.test(".ci/run installs Debian's chromium, when absent, before it runs the tests", async () => {
  const ci = await Deno.readTextFile(".ci/run");
  const install = ci.indexOf("apt-get install -y -qq chromium");
  assert.ok(install > 0 && install < ci.indexOf("deno task test"), "chromium before the tests");
  assert.match(ci, /if \[ ! -x \/usr\/bin\/chromium \]/);
});

Deno.test("deno task pdf may start only chromium, read only the report and write only print/", () => {
  assert.match(tasks.pdf ?? "", /--allow-run=\/usr\/bin\/chromium /);
  assert.match(tasks.pdf ?? "", /--allow-read=outputs\/report\.html,print /);
  assert.match(tasks.pdf ?? "", /--allow-write=print /);
});
