/**
 * Ends a stage process when the runner that started it is gone. A runner killed with SIGKILL
 * cannot pass the signal on, and a stage left running would go on writing into a run that is
 * over. When a process's parent ends, the system gives the orphan a new parent (init or a
 * subreaper), so a change of `Deno.ppid` means the runner is gone. The check runs on a timer that
 * does not keep the process alive, every 50 ms (so a stage outlives its runner by at most that,
 * plus the time it spends in synchronous work). Polling was chosen over an end-of-file on a pipe
 * from the runner because it works however the stage was started, and leaves stdin alone.
 *
 * @module
 */

/** The exit code of a stage that stopped because its runner was gone. */
export const RUNNER_GONE_EXIT_CODE = 75;

/** Starts watching; `stage` names the stage in the message printed on the way out. */
export function exitWhenParentEnds(stage: string, intervalMs = 50): void {
  const parent = Deno.ppid;
  const timer = setInterval(() => {
    if (Deno.ppid === parent) return;
    console.error(`stage ${stage} stopped: the runner that started it (pid ${parent}) is gone`);
    Deno.exit(RUNNER_GONE_EXIT_CODE);
  }, intervalMs);
  Deno.unrefTimer(timer);
}
