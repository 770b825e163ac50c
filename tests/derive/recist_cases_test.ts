/**
 * The hand-worked RECIST 1.1 case table: each case states its input, the arithmetic that decides
 * it (in integer form, as the engine does it: PR when 10 * sum <= 7 * baseline; PD when
 * 10 * sum >= 12 * nadir and sum - nadir >= 5), and the expected time-point and best responses.
 * Days count from the line start (2020-01-01); baselines are at day -7. Best responses use the
 * analysis plan's options (SD from day 42, confirmation off, 28 days to confirm) unless a case
 * says otherwise. `best` is [response, day of responseDate, day of progressionDate].
 */

import assert from "node:assert/strict";
import {
  deriveBestOverallResponse,
  deriveTimepointResponses,
  type Measurement,
  type Response,
} from "../../pipeline/derive/recist/mod.ts";
import { day, measured, options, timepoints } from "./_recist_helpers.ts";

type Best = [Response, number | null, number | null];

interface MeasuredCase {
  name: string;
  baseline: Measurement;
  followUps: Measurement[];
  responses: Response[];
  best: Best;
  confirmation?: boolean;
}

const nonTargetPresent = { nonTarget: "non-CR/non-PD" } as const;

const measuredCases: MeasuredCase[] = [
  {
    // 10 * 70 = 700 <= 7 * 100 = 700: exactly -30% is PR.
    name: "a sum exactly 30% below baseline (100 -> 70 mm) is PR",
    baseline: measured(-7, 100),
    followUps: [measured(56, 70)],
    responses: ["PR"],
    best: ["PR", 56, null],
  },
  {
    // 10 * 70.1 = 701 > 700: -29.9% is not PR; vs nadir 100: 701 < 1200, so SD (day 56 >= 42).
    name: "a sum 29.9% below baseline (100 -> 70.1 mm) is SD",
    baseline: measured(-7, 100),
    followUps: [measured(56, 70.1)],
    responses: ["SD"],
    best: ["SD", 56, null],
  },
  {
    // 10 * 7.0 = 70 <= 7 * 10.0 = 70: PR, at the smallest measurable baseline.
    name: "a sum of 10.0 -> 7.0 mm is PR",
    baseline: measured(-7, 10.0),
    followUps: [measured(56, 7.0)],
    responses: ["PR"],
    best: ["PR", 56, null],
  },
  {
    // 10 * 7.07 = 70.7 = 7 * 10.1: exactly -30%, PR; a float ratio gives 7.07 / 10.1 =
    // 0.7000000000000001 and a float percent -29.999999999999996, which would call it SD.
    name: "a sum of 10.1 -> 7.07 mm is PR although float arithmetic puts it above 70%",
    baseline: measured(-7, 10.1),
    followUps: [measured(56, 7.07)],
    responses: ["PR"],
    best: ["PR", 56, null],
  },
  {
    // 60: 600 <= 700 PR, nadir becomes 60. 68: 680 <= 700 still PR; vs nadir 60:
    // 680 < 720 (+13%), not PD. 71: 710 > 700 not PR, 710 < 720 not PD: SD. Best stays PR.
    name: "a PR followed by a small rise stays PR as the best response",
    baseline: measured(-7, 100),
    followUps: [measured(56, 60), measured(112, 68), measured(168, 71)],
    responses: ["PR", "PR", "SD"],
    best: ["PR", 56, null],
  },
  {
    // 10 * 24 = 240 >= 12 * 20 = 240 (+20%) but 24 - 20 = 4 < 5 mm: not PD. 240 > 140: SD.
    name: "a rise of 20% but under 5 mm (20 -> 24 mm) is not PD",
    baseline: measured(-7, 20),
    followUps: [measured(56, 24)],
    responses: ["SD"],
    best: ["SD", 56, null],
  },
  {
    // 10 * 60 = 600 >= 12 * 50 = 600 (+20%) and 60 - 50 = 10 >= 5 mm: PD at day 30.
    // A float (60 / 50 - 1) * 100 is 19.999999999999996, which would miss it.
    name: "a rise of 20% and 10 mm over a nadir of 50 mm (50 -> 60) is PD",
    baseline: measured(-7, 50),
    followUps: [measured(30, 60)],
    responses: ["PD"],
    best: ["PD", 30, 30],
  },
  {
    // 50: PR (500 <= 700), nadir 50. 62: vs baseline 620 <= 700 would be PR, but vs nadir
    // 620 >= 600 (+24%) and 62 - 50 = 12 >= 5: PD takes precedence.
    name: "the nadir, not the baseline, is the reference for PD (100 -> 50 -> 62 mm)",
    baseline: measured(-7, 100),
    followUps: [measured(56, 50), measured(112, 62)],
    responses: ["PR", "PD"],
    best: ["PR", 56, 112],
  },
  {
    // 90: SD, nadir 90. 107: 1070 < 1080 (+18.9%): SD. 108: 1080 >= 1080 and 18 >= 5: PD.
    // Against the baseline 108 would be only +8%.
    name: "a nadir after baseline moves the PD threshold (100 -> 90 -> 107 -> 108 mm)",
    baseline: measured(-7, 100),
    followUps: [measured(56, 90), measured(112, 107), measured(168, 108)],
    responses: ["SD", "SD", "PD"],
    best: ["SD", 56, 168],
  },
  {
    // 20: 200 <= 700 would be PR, but a new lesion is PD whatever the sums.
    name: "a new lesion is PD whatever the sums (100 -> 20 mm with a new lesion)",
    baseline: measured(-7, 100),
    followUps: [measured(56, 20, { newLesions: true })],
    responses: ["PD"],
    best: ["PD", 56, 56],
  },
  {
    // Target 50: PR (500 <= 700); non-target unequivocal PD makes the time-point PD.
    name: "non-target PD with a target PR is PD",
    baseline: measured(-7, 100, nonTargetPresent),
    followUps: [measured(56, 50, { nonTarget: "PD" })],
    responses: ["PD"],
    best: ["PD", 56, 56],
  },
  {
    // No target sum at day 56: target not evaluated, nothing else PD: NE. Day 112: 60 is PR
    // (600 <= 700) against baseline.
    name: "a missing target measurement gives NE",
    baseline: measured(-7, 100, nonTargetPresent),
    followUps: [measured(56, null, nonTargetPresent), measured(112, 60, nonTargetPresent)],
    responses: ["NE", "PR"],
    best: ["PR", 112, null],
  },
  {
    // Target not measured, but a new lesion: PD does not need the sum.
    name: "a missing target measurement with a new lesion is PD",
    baseline: measured(-7, 100),
    followUps: [measured(56, null, { newLesions: true })],
    responses: ["PD"],
    best: ["PD", 56, 56],
  },
  {
    // Baseline 60 = 40 non-nodal + 20 (one node). Day 84: sum 9 = nodal 9, non-nodal 9 - 9 = 0,
    // largest node 9 < 10: target CR although the sum is 9 > 0; no non-target, no new: CR.
    name: "a CR with residual target nodes under 10 mm has a sum above 0",
    baseline: measured(-7, 60, { nodalSumMm: 20, nodalMaxMm: 20 }),
    followUps: [measured(84, 9, { nodalSumMm: 9, nodalMaxMm: 9 })],
    responses: ["CR"],
    best: ["CR", 84, null],
  },
  {
    // Non-nodal 10 - 10 = 0, but the node is 10 mm, not < 10: no CR. 100 <= 420: PR.
    name: "a target node of 10 mm blocks CR",
    baseline: measured(-7, 60, { nodalSumMm: 20, nodalMaxMm: 20 }),
    followUps: [measured(84, 10, { nodalSumMm: 10, nodalMaxMm: 10 })],
    responses: ["PR"],
    best: ["PR", 84, null],
  },
  {
    // Target sum 0 (CR) but non-target lesions persist: Table 1 row CR / non-CR/non-PD = PR.
    name: "a target CR with non-target lesions still present is PR",
    baseline: measured(-7, 100, nonTargetPresent),
    followUps: [measured(84, 0, nonTargetPresent)],
    responses: ["PR"],
    best: ["PR", 84, null],
  },
  {
    // Target CR, non-target not assessed (null) while present at baseline: Table 1 row
    // CR / not evaluated = PR.
    name: "a target CR with non-target lesions not assessed is PR",
    baseline: measured(-7, 100, nonTargetPresent),
    followUps: [measured(84, 0, { nonTarget: null })],
    responses: ["PR"],
    best: ["PR", 84, null],
  },
  {
    // Target CR and non-target CR, new lesions not assessed: cannot support CR, so PR.
    name: "a target and non-target CR with new lesions not assessed is PR",
    baseline: measured(-7, 100, nonTargetPresent),
    followUps: [measured(84, 0, { nonTarget: "CR", newLesions: null })],
    responses: ["PR"],
    best: ["PR", 84, null],
  },
  {
    // Baseline says no non-target lesions, so a follow-up's missing non-target status is still
    // "none": target CR (sum 0) with no new lesions is CR.
    name: "a baseline without non-target lesions lets a target CR stand when non-target is blank",
    baseline: measured(-7, 100),
    followUps: [measured(84, 0, { nonTarget: null })],
    responses: ["CR"],
    best: ["CR", 84, null],
  },
  {
    // 0: CR (non-target none), nadir 0. 4: by sums alone 40 >= 0 but 4 - 0 < 5 (not PD) and
    // 40 <= 210 (PR); but a CR was met at day 56, and a non-nodal lesion measurable again
    // (4 - 0 > 0) is disease seen after CR: PD (RECIST 1.1 Table 3 footnote; EORTC FAQ).
    // Best CR at day 56, progression at day 112.
    name: "after a CR to 0 mm, a lesion that reappears is PD whatever its size (30 -> 0 -> 4 mm)",
    baseline: measured(-7, 30),
    followUps: [measured(56, 0), measured(112, 4)],
    responses: ["CR", "PD"],
    best: ["CR", 56, 112],
  },
  {
    // Nodes only: baseline sum 25 = nodal sum 25, largest 15. Day 56: sum 8 = nodal 8, largest
    // 8 < 10: CR. Day 112: sum 11 = nodal 11, largest 11 >= 10: a node pathological again after
    // CR is disease seen: PD, although 11 - 8 = 3 < 5 mm would not be PD by the sums.
    name: "after a CR, a target node back to 10 mm short axis or more is PD",
    baseline: measured(-7, 25, { nodalSumMm: 25, nodalMaxMm: 15 }),
    followUps: [
      measured(56, 8, { nodalSumMm: 8, nodalMaxMm: 8 }),
      measured(112, 11, { nodalSumMm: 11, nodalMaxMm: 11 }),
    ],
    responses: ["CR", "PD"],
    best: ["CR", 56, 112],
  },
  {
    // Baseline 40 mm with non-target lesions. Day 56: 0 mm, non-target CR: CR. Day 112: 0 mm but
    // non-target lesions present again (non-CR/non-PD): disease seen after CR: PD.
    name: "after a CR, non-target lesions seen again are PD",
    baseline: measured(-7, 40, nonTargetPresent),
    followUps: [
      measured(56, 0, { nonTarget: "CR" }),
      measured(112, 0, nonTargetPresent),
    ],
    responses: ["CR", "PD"],
    best: ["CR", 56, 112],
  },
  {
    // Before any CR, nodes that stay < 10 mm are not "disease seen": 25 -> 8 mm (CR) is needed
    // first. Here day 56 is 16 mm (non-nodal 0, largest node 9 < 10: CR by the target rule).
    // Day 112: 17 mm, largest 9: still no node >= 10 and no non-nodal lesion: CR stands.
    name: "after a CR, nodes that stay under 10 mm keep the CR",
    baseline: measured(-7, 30, { nodalSumMm: 30, nodalMaxMm: 18 }),
    followUps: [
      measured(56, 16, { nodalSumMm: 16, nodalMaxMm: 9 }),
      measured(112, 17, { nodalSumMm: 17, nodalMaxMm: 9 }),
    ],
    responses: ["CR", "CR"],
    best: ["CR", 56, null],
  },
  {
    // Baseline 50 = 20 non-nodal + 30 from two nodes (largest 18). Day 56: sum 16 = nodal 16
    // (two nodes of 8): non-nodal 16 - 16 = 0, largest 8 < 10: CR with a sum above 0 (4.3.2).
    // Day 112: sum 18 = nodal 18, largest exactly 10 >= 10: a node pathological again after CR:
    // PD. By the sums alone it would not be: 10 * 18 = 180 < 12 * 16 = 192 (+12.5%, +2 mm).
    name: "after a CR with two residual nodes, one node at exactly 10 mm is PD",
    baseline: measured(-7, 50, { nodalSumMm: 30, nodalMaxMm: 18 }),
    followUps: [
      measured(56, 16, { nodalSumMm: 16, nodalMaxMm: 8 }),
      measured(112, 18, { nodalSumMm: 18, nodalMaxMm: 10 }),
    ],
    responses: ["CR", "PD"],
    best: ["CR", 56, 112],
  },
  {
    // Day 56: 0 mm, CR. Day 112: target sum missing: NE (nothing else PD). Day 168: 3 mm, a
    // non-nodal lesion seen again: the CR still stands as the last evaluated state, so PD
    // (3 - 0 = 3 < 5 mm would not be PD by the sums).
    name: "a CR is remembered across a not-evaluable time-point before a lesion reappears",
    baseline: measured(-7, 30),
    followUps: [measured(56, 0), measured(112, null), measured(168, 3)],
    responses: ["CR", "NE", "PD"],
    best: ["CR", 56, 168],
  },
  {
    // Target CR (0 mm) but non-target lesions present: overall PR (Table 1), not CR, so a target
    // lesion reappearing is judged by the sums (RECIST FAQ: PD only after an overall CR). Day 112:
    // 4 mm over a nadir of 0: 40 >= 0 (+20%) but 4 - 0 = 4 < 5 mm: not PD; 40 <= 7 * 30 = 210:
    // PR. Day 168: 6 mm: 6 - 0 = 6 >= 5 and 60 >= 0: PD by the sums.
    name:
      "after a target CR with non-target lesions present, a reappearing lesion needs the sum rule",
    baseline: measured(-7, 30, nonTargetPresent),
    followUps: [
      measured(56, 0, nonTargetPresent),
      measured(112, 4, nonTargetPresent),
      measured(168, 6, nonTargetPresent),
    ],
    responses: ["PR", "PR", "PD"],
    best: ["PR", 56, 168],
  },
  {
    // Table 2 line (no target sum at baseline). Day 56: non-target CR, no new lesion: CR. Day
    // 112: a stray target sum of 12 mm has no baseline to compare with and is ignored, so it is
    // not disease seen after the CR: non-target CR again, CR.
    name: "after a Table 2 CR, a stray follow-up target sum is not disease seen",
    baseline: measured(-7, null, nonTargetPresent),
    followUps: [measured(56, null, { nonTarget: "CR" }), measured(112, 12, { nonTarget: "CR" })],
    responses: ["CR", "CR"],
    best: ["CR", 56, null],
  },
  {
    // Table 2 (no target sum at baseline): non-CR/non-PD is reported as SD; day 56 >= 42.
    name: "a baseline without target lesions follows Table 2 and reports non-CR/non-PD as SD",
    baseline: measured(-7, null, nonTargetPresent),
    followUps: [measured(56, null, nonTargetPresent)],
    responses: ["SD"],
    best: ["SD", 56, null],
  },
  {
    // Table 2: NE at day 56 (not evaluated), CR at day 112 (non-target CR, no new lesion),
    // unequivocal PD at day 168. Best CR.
    name: "Table 2 gives NE when non-target is not evaluated, CR when it clears, PD on progression",
    baseline: measured(-7, null, nonTargetPresent),
    followUps: [
      measured(56, null, { nonTarget: "NE" }),
      measured(112, null, { nonTarget: "CR" }),
      measured(168, null, { nonTarget: "PD" }),
    ],
    responses: ["NE", "CR", "PD"],
    best: ["CR", 112, 168],
  },
  {
    // No target and no non-target disease at baseline: nothing to evaluate (NE) until a new
    // lesion (PD). Best: the NE at day 56 is past day 42, so the PD is not the next assessment
    // after too-early ones: NE.
    name: "a baseline without any disease gives NE until a new lesion gives PD, the best response",
    baseline: measured(-7, null),
    followUps: [measured(56, null), measured(112, null, { newLesions: true })],
    responses: ["NE", "PD"],
    // The NE at day 56 is not evaluable, so the first evaluable assessment is the PD (4.4.3).
    best: ["PD", 112, 112],
  },
  {
    // Same sums as the first case (100 -> 70, PR) but confirmation on and no second scan:
    // the PR is unconfirmed and falls back to SD (day 56 >= 42).
    name: "with confirmation on, a single PR from measurements falls back to SD",
    baseline: measured(-7, 100),
    followUps: [measured(56, 70)],
    responses: ["PR"],
    best: ["SD", 56, null],
    confirmation: true,
  },
];

interface TimepointCase {
  name: string;
  timepoints: [number, Response][];
  best: Best;
  minimumStableDiseaseDays?: number;
  confirmation?: boolean;
}

const timepointCases: TimepointCase[] = [
  // SD at day 30 < 42 does not count; the next assessment is PD: best PD.
  {
    name: "SD before the minimum interval followed by PD is PD",
    timepoints: [[30, "SD"], [60, "PD"]],
    best: ["PD", 60, 60],
  },
  // SD at day 30 < 42 does not count and nothing follows: NE.
  {
    name: "SD before the minimum interval followed by nothing is NE",
    timepoints: [[30, "SD"]],
    best: ["NE", null, null],
  },
  // SD at day 30 too early, NE at day 60 not evaluable: the first evaluable assessment that
  // counts is the PD at day 90, so the best response is PD (RECIST 1.1 section 4.4.3).
  {
    name: "SD before the minimum interval followed by NE then PD is PD",
    timepoints: [[30, "SD"], [60, "NE"], [90, "PD"]],
    best: ["PD", 90, 90],
  },
  // NE at day 10, SD at day 30 (< 42): neither counts; the PD at day 70 is the first evaluable
  // assessment that counts: PD.
  {
    name: "NE then SD before the minimum interval then PD is PD",
    timepoints: [[10, "NE"], [30, "SD"], [70, "PD"]],
    best: ["PD", 70, 70],
  },
  // SD at day 30 (< 42), then NE at day 60, and no PD: nothing shows the outcome: NE.
  {
    name: "SD before the minimum interval followed by NE and no PD is NE",
    timepoints: [[30, "SD"], [60, "NE"]],
    best: ["NE", null, null],
  },
  // Two NEs (days 60 and 120, both past 42) then PD at 180: still the first evaluable one: PD.
  {
    name: "several not-evaluable time-points followed by PD is PD",
    timepoints: [[60, "NE"], [120, "NE"], [180, "PD"]],
    best: ["PD", 180, 180],
  },
  // NE at day 60 (after the minimum interval, but not evaluable) then PD: PD.
  {
    name: "a not-evaluable time-point followed by PD is PD",
    timepoints: [[60, "NE"], [120, "PD"]],
    best: ["PD", 120, 120],
  },
  // NE then SD at day 60 >= 42: SD counts; the PD after it does not change the best response.
  {
    name: "NE then SD then PD is SD",
    timepoints: [[20, "NE"], [60, "SD"], [120, "PD"]],
    best: ["SD", 60, 120],
  },
  // 42 - 0 = 42 >= 42: SD counts on the boundary day.
  {
    name: "SD exactly at the minimum interval counts",
    timepoints: [[42, "SD"]],
    best: ["SD", 42, null],
  },
  // Nothing assessed: NE.
  { name: "a line without time-points is NE", timepoints: [], best: ["NE", null, null] },
  // PD first: no time-point before it, best PD.
  { name: "PD at the first assessment is PD", timepoints: [[40, "PD"]], best: ["PD", 40, 40] },
  // PR at 56, PD at 112; the CR at 168 is after the first PD and ignored.
  {
    name: "time-points after the first PD are ignored",
    timepoints: [[56, "PR"], [112, "PD"], [168, "CR"]],
    best: ["PR", 56, 112],
  },
  // SD at 20 too early, PD at 50 is the next assessment: PD; the later PR is ignored.
  {
    name: "a response after an early PD does not rescue the best response",
    timepoints: [[20, "SD"], [50, "PD"], [100, "PR"]],
    best: ["PD", 50, 50],
  },
  // Confirmation off: one PR at 56 counts, the SD after it does not lower it.
  {
    name: "with confirmation off a single PR counts",
    timepoints: [[56, "PR"], [84, "SD"]],
    best: ["PR", 56, null],
  },
  // Confirmation off: a single PR at day 20 (< 42) still counts: the SD interval is for SD only.
  {
    name: "with confirmation off an early PR counts before the SD interval",
    timepoints: [[20, "PR"]],
    best: ["PR", 20, null],
  },
  // CR at 56 and CR at 84: 84 - 56 = 28 >= 28: confirmed CR, dated at the first.
  {
    name: "with confirmation on a CR confirmed 4 weeks later is CR",
    timepoints: [[56, "CR"], [84, "CR"]],
    best: ["CR", 56, null],
    confirmation: true,
  },
  // PR at 56, SD at 84: unconfirmed; PR counts as SD or better at 56 >= 42: SD.
  {
    name: "with confirmation on an unconfirmed PR falls back to SD",
    timepoints: [[56, "PR"], [84, "SD"]],
    best: ["SD", 56, null],
    confirmation: true,
  },
  // PR at 56 and 83: 83 - 56 = 27 < 28: not confirmed; SD from 56.
  {
    name: "with confirmation on a repeat PR under 4 weeks does not confirm",
    timepoints: [[56, "PR"], [83, "PR"]],
    best: ["SD", 56, null],
    confirmation: true,
  },
  // PR at 56, 70 (14 days, too soon), 84 (28 days): 56 is confirmed by 84.
  {
    name: "with confirmation on a PR is confirmed by a later scan past an early one",
    timepoints: [[56, "PR"], [70, "PR"], [84, "PR"]],
    best: ["PR", 56, null],
    confirmation: true,
  },
  // PR at 56 then CR at 112 (56 days): Table 3 PR, CR -> PR; the CR alone is unconfirmed.
  {
    name: "with confirmation on a PR then a CR is a confirmed PR",
    timepoints: [[56, "PR"], [112, "CR"]],
    best: ["PR", 56, null],
    confirmation: true,
  },
  // CR at 56 then PR at 112: the CR was not complete; best PR (Table 3 footnote).
  {
    name: "with confirmation on a CR then a PR is a confirmed PR",
    timepoints: [[56, "CR"], [112, "PR"]],
    best: ["PR", 56, null],
    confirmation: true,
  },
  // PR at 28 (< 42) unconfirmed, then PD at 56 is the next assessment: PD (Table 3 PR, PD).
  {
    name: "with confirmation on an early unconfirmed PR followed by PD is PD",
    timepoints: [[28, "PR"], [56, "PD"]],
    best: ["PD", 56, 56],
    confirmation: true,
  },
  // CR at 28 (< 42) unconfirmed, then NE: NE (Table 3 CR, NE without SD duration).
  {
    name: "with confirmation on an early unconfirmed CR followed by NE is NE",
    timepoints: [[28, "CR"], [56, "NE"]],
    best: ["NE", null, null],
    confirmation: true,
  },
  // PR 56, SD 84, PR 112: the SD between breaks confirmation of 56; 112 has no later scan: SD.
  {
    name: "with confirmation on an SD between two PRs breaks the confirmation",
    timepoints: [[56, "PR"], [84, "SD"], [112, "PR"]],
    best: ["SD", 56, null],
    confirmation: true,
  },
  // PR 56, NE 84, PR 112: an NE between shows nothing worse; 112 - 56 = 56 >= 28: PR.
  {
    name: "with confirmation on an NE between two PRs keeps the confirmation",
    timepoints: [[56, "PR"], [84, "NE"], [112, "PR"]],
    best: ["PR", 56, null],
    confirmation: true,
  },
  // PR 56 then PD 84: the PD ends the considered time-points; PR unconfirmed, 56 >= 42: SD.
  {
    name: "with confirmation on a PD cannot confirm a PR",
    timepoints: [[56, "PR"], [84, "PD"]],
    best: ["SD", 56, 84],
    confirmation: true,
  },
  // With a 0-day minimum interval, SD at day 1 counts.
  {
    name: "a minimum SD interval of 0 days lets any SD count",
    timepoints: [[1, "SD"]],
    best: ["SD", 1, null],
    minimumStableDiseaseDays: 0,
  },
];

for (const c of measuredCases) {
  Deno.test(c.name, () => {
    const derived = deriveTimepointResponses(c.baseline, c.followUps);
    assert.deepEqual(derived.map((t) => t.response), c.responses);
    const best = deriveBestOverallResponse(derived, options({ confirmation: c.confirmation }));
    assert.deepEqual(best, expectedBest(c.best));
  });
}

for (const c of timepointCases) {
  Deno.test(c.name, () => {
    const best = deriveBestOverallResponse(
      timepoints(c.timepoints),
      options({
        confirmation: c.confirmation ?? false,
        minimumStableDiseaseDays: c.minimumStableDiseaseDays ?? 42,
      }),
    );
    assert.deepEqual(best, expectedBest(c.best));
  });
}

Deno.test("the case table has at least 30 hand-worked cases", () => {
  assert.ok(measuredCases.length + timepointCases.length >= 30);
});

function expectedBest([response, responseDay, progressionDay]: Best) {
  return {
    response,
    responseDate: responseDay === null ? null : day(responseDay),
    progressionDate: progressionDay === null ? null : day(progressionDay),
  };
}
