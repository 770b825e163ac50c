import assert from "node:assert/strict";
import * as pipeline from "../../pipeline/_shared/dates.ts";
import {
  addDays,
  completedYears,
  dayNumber,
  daysBetween,
  isoFromDay,
} from "../../data/synthetic/fast_dates.ts";
import { seededRandom } from "../lib/_seeded_random.ts";

Deno.test("the generator's day numbers are the pipeline's for every day from 1800 to 2100", () => {
  const first = pipeline.dayNumber("1800-01-01");
  const last = pipeline.dayNumber("2100-12-31");
  for (let day = first; day <= last; day++) {
    const iso = pipeline.isoFromDayNumber(day);
    assert.equal(isoFromDay(day), iso);
    assert.equal(dayNumber(iso), day, iso);
  }
  assert.equal(isoFromDay(-500_000), pipeline.isoFromDayNumber(-500_000), "far outside the table");
});

Deno.test("the generator refuses the same malformed dates as the pipeline, with its message", () => {
  const texts = [
    "2021-02-29",
    "2020-02-30",
    "2021-04-31",
    "2021-13-01",
    "2021-00-10",
    "2021-01-00",
    "0050-01-01",
    "2021-1-01",
    "2021/01/01",
    " 2021-01-01",
    "2021-01-01\n",
    "２０２１-01-01",
    "abcd-ef-gh",
    "",
  ];
  for (const text of texts) {
    assert.throws(() => pipeline.dayNumber(text), RangeError, text);
    assert.throws(() => dayNumber(text), {
      name: "RangeError",
      message: `Expected a date as YYYY-MM-DD but found "${text}"`,
    });
  }
  assert.equal(dayNumber("2020-02-29"), pipeline.dayNumber("2020-02-29"));
  assert.equal(dayNumber("2000-02-29"), pipeline.dayNumber("2000-02-29"));
  assert.throws(() => dayNumber("1900-02-29"), RangeError);
});

Deno.test("addDays, daysBetween and completedYears agree with the pipeline's", () => {
  const random = seededRandom(7);
  for (let i = 0; i < 20_000; i++) {
    const a = pipeline.isoFromDayNumber(Math.floor(random() * 60_000) - 25_000);
    const b = pipeline.isoFromDayNumber(Math.floor(random() * 60_000) - 25_000);
    const step = Math.floor(random() * 2000) - 1000;
    assert.equal(addDays(a, step), pipeline.addDays(a, step));
    assert.equal(daysBetween(a, b), pipeline.daysBetween(a, b));
    assert.equal(completedYears(a, b), pipeline.completedYears(a, b), `${a} to ${b}`);
  }
  assert.equal(completedYears("2000-02-29", "2021-02-28"), 20);
  assert.equal(completedYears("2000-02-29", "2021-03-01"), 21);
});
