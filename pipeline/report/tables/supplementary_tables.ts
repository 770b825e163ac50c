/**
 * The tables a reviewer asks for beside Tables 1–5: survival at the plan's landmark times, every
 * median under both rules and every CI method (the text and Tables 2–3 keep the plan's), and the
 * sensitivity analysis of response with and without confirmation of CR and PR.
 *
 * @module
 */

import { CATEGORIES } from "../../_shared/contracts/code_lists.ts";
import { label } from "../../_shared/contracts/labels.ts";
import { CI_METHOD_WORDS, levelText } from "../../_shared/plan_words.ts";
import { type Prose, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import type { RegimenLabels } from "../../_shared/regimen_classes.ts";
import type { TableBlock } from "../document/blocks.ts";
import { intervalText, rateCell } from "./cells.ts";

/** Table 4: OS and PFS (every line) at each landmark, with the log-transformed CI. */
export function landmarkTable(numbers: NumberSource): TableBlock {
  const level = levelText(numbers.plan.confidenceLevel);
  const rows: Prose[][] = [];
  for (const [endpoint, id] of [["Overall survival", "os"], ["PFS, every line", "pfs_all_lines"]]) {
    numbers.plan.landmarkMonths.forEach((months, i) => {
      const at = `${id}.landmarks.${months}`;
      const limits = numbers.value(`${at}.lower`) === null
        ? ["NE"]
        : prose`${numbers.ref(`${at}.lower`, "percent0")}–${
          numbers.ref(`${at}.upper`, "percent0")
        }`;
      rows.push([
        [endpoint!],
        [numbers.ref(`plan:landmarkMonths.${i}`, "text")],
        [numbers.ref(`${at}.n_risk`, "integer")],
        prose`${numbers.ref(`${at}.survival`, "percent0")}% (${limits})`,
      ]);
    });
  }
  return {
    name: "table4-landmarks",
    title: "Table 4. Overall and progression-free survival at landmark times",
    header: [["Endpoint"], ["Months"], ["At risk"], [`Survival, % (${level} CI)`]],
    rows,
    notes: [
      prose`Kaplan–Meier estimates; pointwise ${level} CIs with the log transformation (R's survfit). At risk: patients (lines, for PFS) still followed at that time. PFS counts every line of therapy, so a patient may contribute several lines.`,
    ],
  };
}

/** Table S1: every median under both rules and every CI method. */
export function medianMethodsTable(numbers: NumberSource, labels: RegimenLabels): TableBlock {
  const { stats } = numbers;
  const groups: { name: string; id: string }[] = [
    { name: "Overall survival", id: "os" },
    { name: "PFS, every line", id: "pfs_all_lines" },
    ...CATEGORIES.lineGroups.filter((g) => g in stats.pfs_by_line).map((g) => ({
      name: `PFS, ${label("lineGroup", g).toLowerCase()}`,
      id: `pfs_by_line.${g}`,
    })),
    ...Object.keys(stats.pfs_by_class).map((c) => ({
      name: `PFS, ${labels.regimenClass[c] ?? c}`,
      id: `pfs_by_class.${c}`,
    })),
    ...Object.keys(stats.pfs).map((r) => ({
      name: `PFS, ${labels.regimen[r] ?? r}`,
      id: `pfs.${r}`,
    })),
  ];
  const rows = groups.map(({ name, id }) => {
    const counts = [[numbers.ref(`${id}.n`, "integer")], [numbers.ref(`${id}.events`, "integer")]];
    if (numbers.value(`${id}.reported`) !== true) {
      return [[name], ...counts, ["–"], ["–"], ["–"], ["–"], ["–"], ["–"]];
    }
    return [
      [name],
      ...counts,
      [numbers.ref(`${id}.median_spss`, "decimal1")],
      [numbers.ref(`${id}.median_r`, "decimal1")],
      ...(["spss", "log", "loglog", "plain"] as const).map((m) =>
        intervalText(numbers, `${id}.ci.${m}`, 1)
      ),
    ];
  });
  const level = levelText(numbers.plan.confidenceLevel);
  return {
    name: "tableS1-medians-by-method",
    title: "Table S1. Median survival (months) under each median rule and each CI method",
    header: [
      ["Group"],
      ["n"],
      ["Events"],
      ["Median, SPSS rule"],
      ["Median, midpoint rule"],
      [`${CI_METHOD_WORDS.spss.short} ${level} CI`],
      [`${CI_METHOD_WORDS.log.short} ${level} CI`],
      [`${CI_METHOD_WORDS.loglog.short} ${level} CI`],
      [`Plain ${level} CI`],
    ],
    rows,
    notes: [
      prose`SPSS rule: the smallest event time at which survival is at or below 50%; midpoint rule: where the curve is flat at exactly 50%, the midpoint of the flat (R's print.survfit, SAS, survminer). The text and Tables 2–3 print the ${
        numbers.plan.medianRule === "midpoint" ? "midpoint" : "SPSS"
      } rule and the ${
        CI_METHOD_WORDS[numbers.plan.headlineCi].short
      } interval, as the analysis plan sets. The SPSS-style interval is centred on the SPSS-rule median; a negative lower limit is shown as 0. –: fewer than ${
        numbers.ref("settings.minimum_group_size_for_estimates", "integer")
      } patients or lines. NE: not estimable.`,
    ],
  };
}

/** Table S2: objective response with and without confirmation of CR and PR. */
export function sensitivityTable(numbers: NumberSource, labels: RegimenLabels): TableBlock {
  const { stats, plan } = numbers;
  const level = levelText(plan.confidenceLevel);
  const [unconfirmed, confirmed] = plan.recist.confirmation
    ? ["response_sensitivity", "response"]
    : ["response", "response_sensitivity"];
  const groups = [
    { name: "All lines", key: "all_lines" },
    ...Object.keys(stats.response.by_regimen).map((r) => ({
      name: labels.regimen[r] ?? r,
      key: `by_regimen.${r}`,
    })),
  ];
  const rows = groups.map(({ name, key }) => [
    [name],
    [numbers.ref(`response.${key}.lines`, "integer")],
    rateCell(numbers, `${unconfirmed}.${key}.orr`),
    rateCell(numbers, `${confirmed}.${key}.orr`),
  ]);
  return {
    name: "tableS2-confirmed-response",
    title: "Table S2. Objective response with and without confirmation of CR and PR",
    header: [
      ["Regimen"],
      ["Lines"],
      [`ORR, not confirmed (${level} CI)`],
      [`ORR, confirmed (${level} CI)`],
    ],
    rows,
    notes: [
      prose`Sensitivity analysis computed in the same run: a CR or PR counts as confirmed when a later assessment at least ${
        numbers.ref("plan:recist.minimumConfirmationDays", "text")
      } days on shows the same or a better response (RECIST 1.1 section 4.4.1). The analysis plan's headline is the ${
        plan.recist.confirmation ? "confirmed" : "unconfirmed"
      } response. Exact Clopper–Pearson ${level} CIs.`,
    ],
  };
}
