import { describe, expect, it } from "vitest";
import type { CalendarEvent } from "./calendar-event";
import { dayFromNow, freeSpan, restOfToday } from "./panel-day";
import { zonedDateTimeToEpoch } from "./zoned-time";

const PARIS = "Europe/Paris";
const at = (local: string) => zonedDateTimeToEpoch(local, PARIS);
const hours = { timeZone: PARIS, businessEndMinute: 18 * 60 };
const meeting = (id: string, start: string, end: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id, start: at(start), end: at(end), allDay: false, subject: id, isPrivate: false, status: "confirmed", showAs: "busy", ...extra,
});

describe("dayFromNow", () => {
  it("says tomorrow across midnight by the room's calendar date, not 24 hours", () => {
    expect(dayFromNow(at("2026-11-24T00:01:00"), at("2026-11-23T23:59:00"), PARIS)).toEqual({ kind: "tomorrow" });
    expect(dayFromNow(at("2026-11-23T23:59:00"), at("2026-11-23T00:01:00"), PARIS)).toEqual({ kind: "today" });
    expect(dayFromNow(at("2026-11-25T08:00:00"), at("2026-11-23T09:00:00"), PARIS)).toEqual({ kind: "weekday", weekday: 3 });
  });

  it("counts days in the room's zone: 23:30 in Paris is already tomorrow in UTC", () => {
    expect(dayFromNow(at("2026-11-24T00:30:00"), at("2026-11-23T22:30:00"), PARIS)).toEqual({ kind: "tomorrow" });
    expect(dayFromNow(Date.UTC(2026, 10, 23, 23, 30), Date.UTC(2026, 10, 23, 22, 30), "UTC")).toEqual({ kind: "today" });
  });

  it("says tomorrow over a 25-hour day (the end of summer time) and the weekday after a weekend", () => {
    // Saturday 24 October 2026 20:00 → Sunday 25 October 21:00 is 26 hours but one day.
    expect(dayFromNow(at("2026-10-25T21:00:00"), at("2026-10-24T20:00:00"), PARIS)).toEqual({ kind: "tomorrow" });
    // Friday evening → Monday morning: "Monday".
    expect(dayFromNow(at("2026-11-30T09:00:00"), at("2026-11-27T19:00:00"), PARIS)).toEqual({ kind: "weekday", weekday: 1 });
    expect(dayFromNow(at("2026-12-07T09:00:00"), at("2026-11-30T09:00:00"), PARIS)).toEqual({ kind: "later" });
  });
});

describe("freeSpan", () => {
  it("counts the minutes to a meeting later today within business hours", () => {
    expect(freeSpan(meeting("m", "2026-11-23T11:30:00", "2026-11-23T12:00:00"), at("2026-11-23T10:35:00"), hours)).toEqual({ restOfDay: false, minutes: 55 });
  });

  it("is the rest of the day when the free time runs past the end of business hours, or to another day, or nothing follows", () => {
    expect(freeSpan(meeting("late", "2026-11-23T18:30:00", "2026-11-23T19:00:00"), at("2026-11-23T16:00:00"), hours)).toEqual({ restOfDay: true });
    // "Free for 17 h 25" at 15:35 before a 09:00 meeting tomorrow.
    expect(freeSpan(meeting("tomorrow", "2026-11-24T09:00:00", "2026-11-24T10:00:00"), at("2026-11-23T15:35:00"), hours)).toEqual({ restOfDay: true });
    expect(freeSpan(null, at("2026-11-23T10:00:00"), hours)).toEqual({ restOfDay: true });
  });

  it("counts the minutes to a meeting after hours once business hours are over", () => {
    expect(freeSpan(meeting("evening", "2026-11-23T20:00:00", "2026-11-23T21:00:00"), at("2026-11-23T19:00:00"), hours)).toEqual({ restOfDay: false, minutes: 60 });
  });

  it("reads the end of business hours on the wall clock of a DST day", () => {
    // Sunday 29 March 2026 (23 hours): 18:00 CEST is 16:00 UTC.
    const dst = { timeZone: PARIS, businessEndMinute: 18 * 60 };
    expect(freeSpan(meeting("m", "2026-03-29T17:30:00", "2026-03-29T18:00:00"), Date.UTC(2026, 2, 29, 14), dst)).toEqual({ restOfDay: false, minutes: 90 });
    expect(freeSpan(meeting("m", "2026-03-29T18:30:00", "2026-03-29T19:00:00"), Date.UTC(2026, 2, 29, 14), dst)).toEqual({ restOfDay: true });
  });
});

describe("restOfToday", () => {
  const day = [
    meeting("now", "2026-11-23T09:00:00", "2026-11-23T10:30:00"),
    meeting("next", "2026-11-23T11:30:00", "2026-11-23T12:00:00"),
    meeting("lunch", "2026-11-23T13:00:00", "2026-11-23T14:00:00", { isPrivate: true }),
    meeting("cancelled", "2026-11-23T14:00:00", "2026-11-23T14:30:00", { status: "cancelled" }),
    meeting("review", "2026-11-23T14:00:00", "2026-11-23T15:30:00"),
    meeting("late", "2026-11-23T23:30:00", "2026-11-24T00:30:00"),
    meeting("tomorrow", "2026-11-24T00:30:00", "2026-11-24T01:00:00"),
  ];

  it("lists today's later meetings that hold the room, after the ones already shown, up to midnight in the room's zone", () => {
    const rest = restOfToday(day, at("2026-11-23T09:02:00"), PARIS, [day[0]!, day[1]!], 5);
    expect(rest.meetings.map((e) => e.id)).toEqual(["lunch", "review", "late"]);
    expect(rest.more).toBe(0);
  });

  it("lists at most `limit` and says how many more", () => {
    const rest = restOfToday(day, at("2026-11-23T09:02:00"), PARIS, [day[0]!, day[1]!], 2);
    expect(rest.meetings.map((e) => e.id)).toEqual(["lunch", "review"]);
    expect(rest.more).toBe(1);
  });

  it("ends today at the zone's midnight on a 25-hour day", () => {
    const long = [meeting("a", "2026-10-25T23:30:00", "2026-10-25T23:45:00"), meeting("b", "2026-10-26T00:15:00", "2026-10-26T00:30:00")];
    expect(restOfToday(long, at("2026-10-25T20:00:00"), PARIS, [], 5).meetings.map((e) => e.id)).toEqual(["a"]);
  });
});
