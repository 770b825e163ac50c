/**
 * The run summary (`run_summary.ts`) as the last part of the HTML report: plan, code and
 * software, then every option of the plan with its value.
 *
 * @module
 */

import { PLAN_OPTIONS } from "../../_shared/analysis_plan.ts";
import type { RunSummary } from "../run_summary.ts";
import { escapeHtml } from "./escape.ts";
import type { Outline } from "./outline.ts";

/** The summary's content under its part heading. */
export function runSummaryHtml(summary: RunSummary, outline: Outline): string {
  const changed = summary.plan.options.filter((o) => "committed" in o).length;
  const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
  const facts = [
    [
      "Analysis plan",
      `sha256 ${code(summary.plan.sha256)}; ${
        changed === 0
          ? "the committed plan"
          : `${changed} option${changed > 1 ? "s differ" : " differs"} from the committed plan`
      }`,
    ],
    [
      "Code",
      `sha256 ${code(summary.code.sha256)} over ${summary.code.files} files ` +
      `(${code("pipeline/")}, ${code("deno.json")}, ${code("deno.lock")})`,
    ],
    [
      "Software",
      `Deno ${escapeHtml(summary.software.deno)} (TypeScript ` +
      `${escapeHtml(summary.software.typescript)}); ${
        summary.software.packages.map(escapeHtml).join(", ")
      }`,
    ],
  ];
  const options = outline.anchor(2, "Options of the analysis plan", "plan-options");
  const rows = summary.plan.options.map((o) =>
    `<tr><th scope="row"><code>${escapeHtml(o.option)}</code></th>` +
    `<td class="l"><code>${escapeHtml(JSON.stringify(o.value))}</code>${
      "committed" in o
        ? ` (committed: <code>${escapeHtml(JSON.stringify(o.committed))}</code>)`
        : ""
    }</td><td class="l">${escapeHtml(PLAN_OPTIONS[o.option]?.doc ?? "")}</td></tr>`
  );
  return [
    `<dl class="run-facts">${
      facts.map(([term, description]) => `<dt>${term}</dt><dd>${description}</dd>`).join("")
    }</dl>`,
    `<div class="table-block" id="${options}"><table>` +
    "<caption>Options of the analysis plan</caption>",
    '<thead><tr><th scope="col">option</th><th scope="col" class="l">value</th>' +
    '<th scope="col" class="l">meaning</th></tr></thead>',
    `<tbody>\n${rows.join("\n")}\n</tbody></table></div>`,
  ].join("\n");
}
