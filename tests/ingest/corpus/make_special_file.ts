/**
 * Makes what Deno cannot make with the test suite's narrow permissions: a named pipe
 * (`fifo PATH`), or a symbolic link (`symlink TARGET PATH`; Deno.symlink needs unscoped read and
 * write). The suite may only start `deno`; this helper, started as its own process, may only start
 * `mkfifo` and `ln`.
 *
 *     deno run --allow-run=mkfifo,ln make_special_file.ts fifo PATH
 */

if (import.meta.main) {
  const [kind, ...paths] = Deno.args;
  const command = kind === "fifo"
    ? new Deno.Command("mkfifo", { args: paths, stderr: "piped" })
    : new Deno.Command("ln", { args: ["-s", ...paths], stderr: "piped" });
  const { code, stderr } = await command.output();
  if (code !== 0) {
    console.error(`${kind} failed: ${new TextDecoder().decode(stderr)}`);
    Deno.exit(1);
  }
}
