/**
 * Accepts the figures' new outputs: moves every `<name>.actual.<ext>` in `tests/figures/golden/`
 * over `<name>.<ext>`, and lists what it moved. Run it after looking at the differences:
 *
 *     deno run --allow-read=tests/figures/golden --allow-write=tests/figures/golden \
 *       tests/figures/accept_golden.ts
 *
 * @module
 */

const GOLDEN = "tests/figures/golden";

if (Deno.args.length > 0) {
  const help = Deno.args.every((a) => a === "--help" || a === "-h");
  (help ? console.log : console.error)(
    "usage: deno task figures:accept\nMoves each <name>.actual.<ext> of tests/figures/golden/ " +
      "over <name>.<ext>, after a figure test wrote it.",
  );
  Deno.exit(help ? 0 : 2);
}

const moved: string[] = [];
for (const entry of Deno.readDirSync(GOLDEN)) {
  const match = /^(.*)\.actual(\.[a-z]+)$/.exec(entry.name);
  if (!entry.isFile || !match) continue;
  Deno.renameSync(`${GOLDEN}/${entry.name}`, `${GOLDEN}/${match[1]}${match[2]}`);
  moved.push(`${match[1]}${match[2]}`);
}
console.log(
  moved.length === 0 ? "nothing to accept" : `accepted: ${moved.sort().join(", ")}`,
);
