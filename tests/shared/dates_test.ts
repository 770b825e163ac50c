import assert from "node:assert/strict";
import {
  completedYears,
  dayNumber,
  isIsoDate,
  isoFromDayNumber,
} from "../../pipeline/_shared/dates.ts";

/** The reference: `Date`, which the fast parser must agree with. */
function referenceDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

Deno.test("dayNumber agrees with Date on every day from 1800 to 2100, and round-trips", () => {
  const first = referenceDay("1800-01-01");
  const last = referenceDay("2100-12-31");
  for (let day = first; day <= last; day++) {
    const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    assert.equal(dayNumber(iso), day, iso);
    assert.equal(isoFromDayNumber(dayNumber(iso)), iso);
  }
});

Deno.test("isIsoDate refuses impossible and malformed dates", () => {
  for (
    const bad of [
      "2021-02-29",
      "2020-02-30",
      "2021-13-01",
      "2021-00-10",
      "2021-4-01",
      "21-04-01",
      "2021/04/01",
      "0099-01-01",
      "2021-04-01T00:00",
      "",
    ]
  ) {
    assert.equal(isIsoDate(bad), false, bad);
    assert.throws(() => dayNumber(bad), RangeError, bad);
  }
  assert.equal(isIsoDate("2020-02-29"), true);
  assert.equal(isIsoDate("2000-02-29"), true);
  assert.equal(isIsoDate("1900-02-29"), false);
});

Deno.test("completedYears counts a 29 February birthday on 1 March", () => {
  assert.equal(completedYears("2000-02-29", "2001-02-28"), 0);
  assert.equal(completedYears("2000-02-29", "2001-03-01"), 1);
  assert.equal(completedYears("1990-06-15", "2020-06-14"), 29);
  assert.equal(completedYears("1990-06-15", "2020-06-15"), 30);
});
