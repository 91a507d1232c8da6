import { describe, expect, it } from "vitest";
import { zonedDateTimeToEpoch } from "./zoned-time";
import { countOccurrence, type SeriesOccurrence, type SeriesStrikes } from "./no-show-series";

const paris = (local: string) => zonedDateTimeToEpoch(local, "Europe/Paris");

/** Counts the occurrences in order, each at its own start (the tablet's clock then), and says which released the series. */
function walk(occurrences: SeriesOccurrence[], threshold: number, start: SeriesStrikes = {}) {
  let strikes = start;
  const released: number[] = [];
  for (const occurrence of occurrences) {
    const counted = countOccurrence(strikes, occurrence, threshold, occurrence.start + 15 * 60_000);
    strikes = counted.strikes;
    if (counted.release) released.push(occurrence.start);
  }
  return { strikes, released };
}

const missed = (local: string, seriesId = "standup"): SeriesOccurrence => ({ seriesId, start: paris(local), outcome: "missed" });
const held = (local: string, seriesId = "standup"): SeriesOccurrence => ({ seriesId, start: paris(local), outcome: "held" });

describe("countOccurrence", () => {
  it("releases a series at the threshold of misses in a row, once, then counts afresh", () => {
    const { released, strikes } = walk([missed("2026-11-23T09:00:00"), missed("2026-11-24T09:00:00"), missed("2026-11-25T09:00:00"), missed("2026-11-26T09:00:00")], 3);
    expect(released).toEqual([paris("2026-11-25T09:00:00")]);
    expect(strikes.standup).toEqual({ strikes: 1, lastStart: paris("2026-11-26T09:00:00") });
  });

  it("starts over after a held occurrence: two misses, a check-in, two misses do not reach three", () => {
    const { released, strikes } = walk(
      [missed("2026-11-23T09:00:00"), missed("2026-11-24T09:00:00"), held("2026-11-25T09:00:00"), missed("2026-11-26T09:00:00"), missed("2026-11-27T09:00:00")],
      3,
    );
    expect(released).toEqual([]);
    expect(strikes.standup?.strikes).toBe(2);
  });

  it("counts a daily meeting across the end of summer time as in a row (09:00 Paris is 07:00 UTC, then 08:00 UTC)", () => {
    // Sunday 25 October 2026, 03:00 CEST → 02:00 CET: the UTC gap between the two is 25 hours.
    const { released } = walk([missed("2026-10-24T09:00:00"), missed("2026-10-26T09:00:00")], 2);
    expect(released).toEqual([paris("2026-10-26T09:00:00")]);
    expect(paris("2026-10-26T09:00:00") - paris("2026-10-24T09:00:00")).toBe(49 * 3600_000);
  });

  it("counts the same occurrence once, however often it is seen, and ignores one older than the last counted", () => {
    const first = missed("2026-11-23T09:00:00");
    const { released, strikes } = walk([first, first, missed("2026-11-24T09:00:00"), first], 3);
    expect(released).toEqual([]);
    expect(strikes.standup?.strikes).toBe(2);
  });

  it("keeps each series apart", () => {
    const { released, strikes } = walk([missed("2026-11-23T09:00:00", "a"), missed("2026-11-23T10:00:00", "b"), missed("2026-11-24T09:00:00", "a")], 2);
    expect(released).toEqual([paris("2026-11-24T09:00:00")]);
    expect(strikes.b?.strikes).toBe(1);
  });

  it("forgets a series not seen for 90 days: its old misses no longer count", () => {
    const old = countOccurrence({}, missed("2026-01-05T09:00:00"), 2, paris("2026-01-05T09:15:00")).strikes;
    const later = paris("2026-04-06T09:00:00");
    const counted = countOccurrence(old, { seriesId: "standup", start: later, outcome: "missed" }, 2, later + 60_000);
    expect(counted.release).toBe(false);
    expect(counted.strikes).toEqual({ standup: { strikes: 1, lastStart: later } });
  });
});
