import { describe, expect, it } from "vitest";
import { DAY_MS, DEFAULT_PERIODS, earliestEffectiveAt, periodIssues, proposedEffectiveAt } from "./notice-periods";

const floors = { noticePeriodDays: 10, objectionWindowDays: 5, resolutionPeriodDays: 10 };
const t0 = Date.UTC(2026, 11, 1, 14, 37, 12);

describe("periodIssues", () => {
  it("accepts the defaults and periods at the floor", () => {
    expect(periodIssues(DEFAULT_PERIODS, floors)).toEqual([]);
    expect(periodIssues(floors, floors)).toEqual([]);
  });

  it("names each period below its floor, with the floor", () => {
    expect(periodIssues({ noticePeriodDays: 9, objectionWindowDays: 4, resolutionPeriodDays: 30 }, floors)).toEqual([
      { field: "noticePeriodDays", code: "below_floor", params: { floor: 10 } },
      { field: "objectionWindowDays", code: "below_floor", params: { floor: 5 } },
    ]);
  });

  it("refuses an objection window that would end after the change takes effect", () => {
    expect(periodIssues({ noticePeriodDays: 20, objectionWindowDays: 21, resolutionPeriodDays: 30 }, floors)).toEqual([
      { field: "objectionWindowDays", code: "window_after_notice", params: { noticePeriodDays: 20 } },
    ]);
  });
});

describe("effective dates", () => {
  it("allows exactly the notice period, and proposes a whole hour at least ten minutes past it", () => {
    const earliest = earliestEffectiveAt(t0, DEFAULT_PERIODS);
    expect(earliest).toBe(t0 + 30 * DAY_MS);
    const proposed = proposedEffectiveAt(t0, DEFAULT_PERIODS);
    expect(new Date(proposed).toISOString()).toBe("2026-12-31T15:00:00.000Z");
    expect(proposed - earliest).toBeGreaterThanOrEqual(10 * 60_000);
  });
});
