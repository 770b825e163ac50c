/**
 * How a stage learns who its runner is: the runner names its own process id before the run's
 * folders, so that a stage still loading its modules when the runner is killed knows, once it
 * looks, that its parent has changed.
 */

import assert from "node:assert/strict";
import { RUNNER_PID_FLAG, takeRunnerPid } from "../../pipeline/_shared/parent_watch.ts";

Deno.test("takeRunnerPid reads a leading --runner-pid and leaves the run's folders", () => {
  assert.deepEqual(takeRunnerPid([RUNNER_PID_FLAG, "4321", "--raw", "r", "--out", "o"]), {
    runner: 4321,
    rest: ["--raw", "r", "--out", "o"],
  });
});

Deno.test("takeRunnerPid leaves arguments without the flag as they are (a stage run by hand)", () => {
  assert.deepEqual(takeRunnerPid(["--raw", "r"]), { rest: ["--raw", "r"] });
});

Deno.test("takeRunnerPid refuses a flag without a process id", () => {
  for (const value of [undefined, "", "x", "-3", "1.5"]) {
    const args = value === undefined ? [RUNNER_PID_FLAG] : [RUNNER_PID_FLAG, value];
    assert.throws(() => takeRunnerPid(args), /--runner-pid needs a process id/);
  }
});
