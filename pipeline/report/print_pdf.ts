/**
 * `deno task pdf`: prints the HTML report (`outputs/report.html`) to `print/report.pdf` with a
 * headless Chromium, through the report's print stylesheet (A4, page numbers, no lineage panel).
 * Not a pipeline stage: a PDF records when it was made, so it is not an output compared byte for
 * byte, and `print/` is git-ignored.
 *
 * Least privilege: the task may start only Chromium, read only the report and `print/`, and write
 * only `print/`; Chromium's profile and home are a folder inside `print/`, removed afterwards.
 * Without Chromium it says how to install it and exits 1.
 *
 * @module
 */

import { PipelineError } from "../_shared/stage.ts";

/** The system's Chromium (Debian's `chromium` package). */
export const CHROMIUM = "/usr/bin/chromium";
export const REPORT_HTML = "outputs/report.html";
export const PRINT_FOLDER = "print";

/** Chromium's flags for a headless run that reaches for nothing outside the page. */
export const QUIET_CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
] as const;

/** Chromium's arguments to print `url` to `pdf` with the profile in `profile`. */
export function printArgs(url: string, pdf: string, profile: string): string[] {
  return [
    "--headless",
    ...QUIET_CHROMIUM_FLAGS,
    `--user-data-dir=${profile}`,
    "--no-pdf-header-footer",
    `--print-to-pdf=${pdf}`,
    url,
  ];
}

/** Prints the report; returns the PDF's path. */
export async function printReport(): Promise<string> {
  let report: string;
  try {
    report = await Deno.realPath(REPORT_HTML);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    throw new PipelineError(`${REPORT_HTML} does not exist: run \`deno task all\` first`);
  }
  await Deno.mkdir(PRINT_FOLDER, { recursive: true });
  const folder = await Deno.realPath(PRINT_FOLDER);
  const pdf = `${folder}/report.pdf`;
  const profile = `${folder}/.chromium`;
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(CHROMIUM, {
      args: printArgs(new URL(`file://${report}`).href, pdf, profile),
      env: { HOME: profile },
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    throw new PipelineError(
      `printing needs Chromium at ${CHROMIUM} but found none; install it with ` +
        "`apt-get update && apt-get install -y chromium` and run `deno task pdf` again",
    );
  } finally {
    await Deno.remove(profile, { recursive: true }).catch(() => {});
  }
  const size = await Deno.stat(pdf).then((s) => s.size, () => 0);
  if (output.code !== 0 || size === 0) {
    throw new PipelineError(
      `Chromium could not print ${REPORT_HTML} (exit ${output.code}):\n` +
        new TextDecoder().decode(output.stderr).trim(),
    );
  }
  return `${PRINT_FOLDER}/report.pdf`;
}

if (import.meta.main) {
  try {
    const pdf = await printReport();
    const { size } = await Deno.stat(pdf);
    console.log(`wrote ${pdf} (${Math.round(size / 1024)} KiB) from ${REPORT_HTML}`);
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    console.error(`pdf: ${error.message}`);
    Deno.exit(1);
  }
}
