/**
 * A helper process for the interruption tests, which may neither list processes nor signal one
 * they did not start (Deno allows /proc only to --allow-all, and Deno.kill only to unrestricted
 * --allow-run). Started as `deno run --allow-run=ps,kill _process_tree.ts COMMAND ...`, it asks
 * `ps` and `kill` (Debian's procps) and prints one JSON line:
 *
 *     kill-stage RUNNER_PID SIGNAL   the runner's child that runs a stage module gets SIGNAL;
 *                                    prints the stage's name, or null when none was running
 *                                    (a stage that had just ended may still be signalled)
 *     matching TEXT                  the pids of the processes whose command line contains TEXT
 */

interface Process {
  pid: number;
  ppid: number;
  command: string;
}

async function processes(): Promise<Process[]> {
  const { stdout } = await new Deno.Command("ps", { args: ["-eo", "pid=,ppid=,args="] }).output();
  return new TextDecoder().decode(stdout).split("\n").flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return match
      ? [{ pid: Number(match[1]), ppid: Number(match[2]), command: `${match[3]} ` }]
      : [];
  });
}

const [command, first = "", second = ""] = Deno.args;
if (command === "kill-stage") {
  const stage = (await processes()).find((p) =>
    p.ppid === Number(first) && / pipeline\/\w+\/mod\.ts /.test(p.command)
  );
  const name = stage && / pipeline\/(\w+)\/mod\.ts /.exec(stage.command)![1];
  const signalled = stage !== undefined && (await new Deno.Command("kill", {
    args: ["-s", second.replace(/^SIG/, ""), String(stage.pid)],
    stderr: "null",
  }).output()).success;
  console.log(JSON.stringify(signalled ? name : null));
} else if (command === "matching") {
  const self = Deno.pid;
  console.log(
    JSON.stringify(
      (await processes()).filter((p) => p.pid !== self && p.command.includes(first)).map((p) =>
        p.pid
      ),
    ),
  );
} else {
  console.error(`unknown command ${command}: expected kill-stage or matching`);
  Deno.exit(2);
}
