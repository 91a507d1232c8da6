import { describe, expect, it } from "vitest";
import type { CalendarEvent } from "./calendar-event";
import { bookingChoices, bookingEndAt, conflictsIn, endNowAt, extendChoices, meetingsToRelease, releaseAt, startOfMinute } from "./panel-actions";
import { zonedDateTimeToEpoch, zonedParts } from "./zoned-time";

const M = 60_000;
const PARIS = "Europe/Paris";
const T0 = Date.UTC(2026, 10, 23, 8, 0); // 09:00 in Paris

function ev(id: string, startMin: number, endMin: number, more: Partial<CalendarEvent> = {}): CalendarEvent {
  return { id, start: T0 + startMin * M, end: T0 + endMin * M, allDay: false, subject: id, isPrivate: false, status: "confirmed", showAs: "busy", ...more };
}

describe("bookingChoices", () => {
  it("offers 15, 30 and 60 minutes from the current minute when the room is free for longer", () => {
    const { start, choices } = bookingChoices([ev("later", 120, 180)], T0 + 20_500, PARIS);
    expect(start).toBe(T0);
    expect(choices).toEqual([
      { minutes: 15, end: T0 + 15 * M },
      { minutes: 30, end: T0 + 30 * M },
      { minutes: 60, end: T0 + 60 * M },
      { minutes: "until_next", end: T0 + 120 * M },
    ]);
  });

  it("offers only what ends by the next meeting, and the gap up to it", () => {
    expect(bookingChoices([ev("next", 40, 60)], T0, PARIS).choices).toEqual([
      { minutes: 15, end: T0 + 15 * M },
      { minutes: 30, end: T0 + 30 * M },
      { minutes: "until_next", end: T0 + 40 * M },
    ]);
  });

  it("does not offer the gap twice when it is exactly a fixed duration", () => {
    expect(bookingChoices([ev("next", 30, 60)], T0, PARIS).choices.map((c) => c.minutes)).toEqual([15, 30]);
  });

  it("offers nothing while occupied, nor for a gap under five minutes", () => {
    expect(bookingChoices([ev("now", -10, 20)], T0, PARIS).choices).toEqual([]);
    expect(bookingChoices([ev("soon", 4, 20)], T0, PARIS).choices).toEqual([]);
    expect(bookingChoices([ev("soon", 5, 20)], T0, PARIS).choices).toEqual([{ minutes: "until_next", end: T0 + 5 * M }]);
  });

  it("without a next meeting, offers the fixed durations only", () => {
    expect(bookingChoices([], T0, PARIS).choices.map((c) => c.minutes)).toEqual([15, 30, 60]);
  });

  it("offers 'until the next meeting' only when that meeting is today in the room's zone", () => {
    // 22:00 UTC is 23:00 in Paris and 17:00 in New York; 23:30 UTC is after midnight in Paris only.
    const now = Date.UTC(2026, 10, 23, 22, 0);
    const next = ev("late", (now - T0) / M + 90, (now - T0) / M + 150);
    expect(bookingChoices([next], now, PARIS).choices.map((c) => c.minutes)).toEqual([15, 30, 60]);
    expect(bookingChoices([next], now, "America/New_York").choices.map((c) => c.minutes)).toEqual([15, 30, 60, "until_next"]);
  });

  it("ignores meetings that do not hold the room (cancelled, declined, free)", () => {
    expect(bookingChoices([ev("gone", 10, 60, { status: "cancelled" }), ev("free", 10, 60, { showAs: "free" })], T0, PARIS).choices.map((c) => c.minutes)).toEqual([15, 30, 60]);
  });
});

describe("extendChoices", () => {
  it("extends by 15 or 30 minutes when the room is free after the meeting", () => {
    const meeting = ev("m", 0, 30);
    expect(extendChoices([meeting, ev("next", 90, 120)], meeting, T0 + 10 * M)).toEqual([
      { minutes: 15, end: T0 + 45 * M },
      { minutes: 30, end: T0 + 60 * M },
    ]);
  });

  it("offers only what ends by the next meeting; nothing when one follows at once", () => {
    const meeting = ev("m", 0, 30);
    expect(extendChoices([meeting, ev("next", 50, 60)], meeting, T0).map((c) => c.minutes)).toEqual([15]);
    expect(extendChoices([meeting, ev("next", 30, 60)], meeting, T0)).toEqual([]);
    expect(extendChoices([meeting, ev("overlap", 20, 60)], meeting, T0)).toEqual([]);
  });

  it("refuses an all-day event, a meeting not yet started and one already over", () => {
    expect(extendChoices([], ev("day", 0, 24 * 60, { allDay: true }), T0)).toEqual([]);
    expect(extendChoices([], ev("later", 10, 30), T0)).toEqual([]);
    expect(extendChoices([], ev("past", -30, 0), T0)).toEqual([]);
  });
});

describe("endNowAt", () => {
  it("ends a running meeting at the current minute", () => {
    expect(endNowAt(ev("m", 0, 60), T0 + 25 * M + 42_000)).toBe(T0 + 25 * M);
    expect(startOfMinute(T0 + 59_999)).toBe(T0);
  });

  it("keeps one minute for a meeting that began within this minute", () => {
    expect(endNowAt(ev("m", 0, 60), T0 + 30_000)).toBe(T0 + M);
  });

  it("has nothing to end before the start, after the end, or for an all-day event", () => {
    expect(endNowAt(ev("m", 10, 60), T0)).toBeNull();
    expect(endNowAt(ev("m", 0, 60), T0 + 60 * M)).toBeNull();
    expect(endNowAt(ev("d", 0, 24 * 60, { allDay: true }), T0 + M)).toBeNull();
  });
});

describe("release timing", () => {
  const paris = "Europe/Paris";
  const at = (local: string) => zonedDateTimeToEpoch(local, paris);
  const meeting = (start: string, end: string, more: Partial<CalendarEvent> = {}): CalendarEvent => ({ ...ev("m", 0, 0), start: at(start), end: at(end), ...more });
  const none = { checkedIn: new Set<string>(), released: new Set<string>() };

  it("releases a meeting that starts before midnight after the same limit, on the next day", () => {
    const late = meeting("2026-11-23T23:50", "2026-11-24T00:50");
    expect(releaseAt(late, 15)).toBe(at("2026-11-24T00:05"));
    expect(meetingsToRelease([late], at("2026-11-24T00:04"), 15, none)).toEqual([]);
    expect(meetingsToRelease([late], at("2026-11-24T00:05"), 15, none)).toEqual([late]);
  });

  it("counts elapsed minutes across the autumn change, when the wall clock repeats an hour", () => {
    // 02:50 CEST on 25 October 2026, then clocks go back at 03:00 to 02:00 CET.
    const start = Date.UTC(2026, 9, 25, 0, 50);
    const m = { ...meeting("2026-10-25T00:00", "2026-10-25T05:00"), start };
    const released = releaseAt(m, 15)!;
    expect(released - start).toBe(15 * M);
    expect(zonedParts(released, paris)).toMatchObject({ hour: 2, minute: 5 });
  });

  it("counts elapsed minutes across the spring change, when the wall clock skips an hour", () => {
    // 01:50 CET on 29 March 2026; at 02:00 clocks jump to 03:00 CEST.
    const m = meeting("2026-03-29T01:50", "2026-03-29T04:00");
    expect(zonedParts(releaseAt(m, 15)!, paris)).toMatchObject({ hour: 3, minute: 5 });
  });

  it("never releases a meeting checked in to, released already, cancelled, all-day or over", () => {
    const m = meeting("2026-11-23T10:00", "2026-11-23T11:00");
    const later = at("2026-11-23T10:30");
    expect(meetingsToRelease([m], later, 10, { checkedIn: new Set(["m"]), released: new Set() })).toEqual([]);
    expect(meetingsToRelease([m], later, 10, { checkedIn: new Set(), released: new Set(["m"]) })).toEqual([]);
    expect(meetingsToRelease([{ ...m, status: "cancelled" }], later, 10, none)).toEqual([]);
    expect(meetingsToRelease([{ ...m, allDay: true }], later, 10, none)).toEqual([]);
    expect(meetingsToRelease([m], at("2026-11-23T11:00"), 10, none)).toEqual([]);
    expect(meetingsToRelease([m], later, null, none)).toEqual([]);
  });
});

describe("conflictsIn", () => {
  it("finds what holds the room within a span, not what touches it, is cancelled, or is the booking itself", () => {
    const span = { start: T0, end: T0 + 30 * M };
    const before = ev("before", -30, 0);
    const inside = ev("inside", 10, 20);
    const gone = ev("gone", 10, 20, { status: "cancelled" });
    const mine = ev("mine", 0, 30);
    expect(conflictsIn([before, inside, gone, mine], span, "mine")).toEqual([inside]);
    expect(conflictsIn([before, ev("after", 30, 60)], span)).toEqual([]);
  });
});

describe("bookingEndAt", () => {
  it("counts a fixed duration from the minute of the tap, not the minute the buttons were drawn in", () => {
    const drawn = bookingChoices([ev("later", 90, 120)], T0 + 50_000, PARIS).choices;
    const fifteen = drawn.find((c) => c.minutes === 15)!;
    expect(fifteen.end).toBe(T0 + 15 * M);
    // Tapped in the same minute: as drawn. Tapped after the minute turned: still 15 minutes long.
    expect(bookingEndAt(fifteen, T0 + 59_999)).toBe(T0 + 15 * M);
    expect(bookingEndAt(fifteen, T0 + M + 10)).toBe(T0 + 16 * M);
  });

  it("keeps “until the next meeting” at the next meeting's start", () => {
    const untilNext = bookingChoices([ev("next", 20, 40)], T0, PARIS).choices.find((c) => c.minutes === "until_next")!;
    expect(untilNext.end).toBe(T0 + 20 * M);
    expect(bookingEndAt(untilNext, T0 + 3 * M)).toBe(T0 + 20 * M);
  });
});
