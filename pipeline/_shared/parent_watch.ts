/**
 * Ends a stage process when the runner that started it is gone. A runner killed with SIGKILL
 * cannot pass the signal on, and a stage left running would go on writing into a run that is
 * over. When a process's parent ends, the system gives the orphan a new parent (init or a
 * subreaper), so a change of `Deno.ppid` means the runner is gone. The check runs on a timer that
 * does not keep the process alive, every 50 ms (so a stage outlives its runner by at most that,
 * plus the time it spends in synchronous work). Polling was chosen over an end-of-file on a pipe
 * from the runner because it works however the stage was started, and leaves stdin alone.
 *
 * The runner passes its own process id (`--runner-pid`): a stage's modules load before the watch
 * can start (Plot and jsdom take most of a second), and a runner killed in that time would
 * otherwise leave a stage whose first parent is already the reaper, and nothing to compare with.
 *
 * @module
 */

/** The exit code of a stage that stopped because its runner was gone. */
export const RUNNER_GONE_EXIT_CODE = 75;

/** The flag by which the runner names itself to a stage, before the run's folders. */
export const RUNNER_PID_FLAG = "--runner-pid";

/** `args` without a leading `--runner-pid N`, and N (undefined when the flag is absent). */
export function takeRunnerPid(args: readonly string[]): { runner?: number; rest: string[] } {
  if (args[0] !== RUNNER_PID_FLAG) return { rest: [...args] };
  const runner = Number(args[1]);
  if (!Number.isSafeInteger(runner) || runner <= 0) {
    throw new Error(`${RUNNER_PID_FLAG} needs a process id, not ${JSON.stringify(args[1])}`);
  }
  return { runner, rest: args.slice(2) };
}

/**
 * Starts watching; `stage` names the stage in the message printed on the way out, `parent` is
 * the runner's process id (the current parent when the stage was started by hand).
 */
export function exitWhenParentEnds(stage: string, parent = Deno.ppid, intervalMs = 50): void {
  const check = () => {
    if (Deno.ppid === parent) return;
    console.error(`stage ${stage} stopped: the runner that started it (pid ${parent}) is gone`);
    Deno.exit(RUNNER_GONE_EXIT_CODE);
  };
  check();
  Deno.unrefTimer(setInterval(check, intervalMs));
}
