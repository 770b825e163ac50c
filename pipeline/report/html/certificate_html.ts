/**
 * The reproduction certificate as a part of the HTML report, from the same checks, verdict and
 * context items as `reproduction.md`; each claim's statistic opens its lineage.
 *
 * @module
 */

import {
  CERTIFICATE_INTRO,
  certificateVerdict,
  computedText,
  contextItems,
} from "../certificate.ts";
import type { ClaimCheck } from "../claims.ts";
import type { RunContext } from "../run_context.ts";
import { escapeHtml, textWithCode } from "./escape.ts";
import type { Outline } from "./outline.ts";

/** What the certificate part shows. */
export interface CertificateHtmlInput {
  checks: readonly ClaimCheck[];
  source: string;
  context: RunContext;
  mode: "enforce" | "record";
  /** Statistics whose lineage the page holds: the others are shown as plain ids. */
  traced: ReadonlySet<string>;
}

/** The certificate's content under its part heading; sub-headings at depth 2 of `outline`. */
export function certificateHtml(input: CertificateHtmlInput, outline: Outline): string {
  const { lead, rest } = certificateVerdict(input.checks);
  const cell = (value: unknown) => escapeHtml(computedText(value));
  const statistic = (id: string) =>
    input.traced.has(id)
      ? `<button type="button" class="lineage-link" data-id="${escapeHtml(id)}" ` +
        `aria-haspopup="dialog"><code>${escapeHtml(id)}</code></button>`
      : `<code>${escapeHtml(id)}</code>`;
  const rows = input.checks.map((c, i) =>
    `<tr><td>${i + 1}</td><th scope="row">${escapeHtml(c.claim)}</th>` +
    `<td>${cell(c.published)}</td><td>${cell(c.reproduced ?? "missing")}</td>` +
    `<td>${cell(c.computed)}</td><td class="l">${statistic(c.statistic)}</td>` +
    (c.match
      ? '<td class="match-yes" aria-label="matches">✓</td>'
      : '<td class="match-no" aria-label="does not match">✗</td>') +
    "</tr>"
  );
  const header = ["#", "claim", "published", "reproduced", "computed", "statistic", "match"]
    .map((h) =>
      `<th scope="col"${h === "claim" || h === "statistic" ? ' class="l"' : ""}>${h}</th>`
    )
    .join("");
  const context = outline.anchor(2, "Context", "certificate-context");
  const claims = outline.anchor(2, "Claims of the abstract", "certificate-claims");
  const sentences = outline.anchor(2, "Sentences of the abstract checked", "certificate-quotes");
  const quotes = [...new Set(input.checks.map((c) => c.quote))];
  return [
    `<p>Publication: ${escapeHtml(input.source)}</p>`,
    `<p>${textWithCode(CERTIFICATE_INTRO.join(" "))}</p>`,
    `<p><strong>${escapeHtml(lead)}</strong>${escapeHtml(rest)}</p>`,
    `<h3 id="${context}">Context</h3>`,
    `<ul>${
      contextItems(input.context, input.mode).map((item) => `<li>${textWithCode(item)}</li>`)
        .join("")
    }</ul>`,
    `<div class="table-block" id="${claims}"><table>` +
    "<caption>Claims of the abstract: published and reproduced</caption>",
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody></table></div>`,
    `<h3 id="${sentences}">Sentences of the abstract checked</h3>`,
    ...quotes.map((q) => `<blockquote><p>${escapeHtml(q)}</p></blockquote>`),
  ].join("\n");
}
