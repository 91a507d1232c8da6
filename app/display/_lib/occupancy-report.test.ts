import { describe, expect, it } from "vitest";
import type { CalendarEvent } from "../_calendar/types";
import { zonedDateTimeToEpoch, zonedParts } from "@/workers/domain/zoned-time";
import { panelState } from "./check-in";
import { heartbeatDue, holdToQuarterHour, QUARTER_HOUR_MS, quarterHourStart, type HeldOccupancy, type LastReport } from "./occupancy-report";

const PARIS = "Europe/Paris";
const paris = (local: string) => zonedDateTimeToEpoch(local, PARIS);
const utc = (iso: string) => Date.parse(iso);

function meeting(id: string, start: number, end: number, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  return { id, start, end, allDay: false, subject: "Private matter", isPrivate: false, status: "confirmed", showAs: "busy", ...extra };
}

/**
 * A tablet on the quarter-hour rule, ticking every 5 seconds as display-app.tsx does, with the
 * calendar it knows at each tick. Returns every heartbeat it sends as [time, occupied].
 */
function heartbeats(from: number, to: number, calendarAt: (now: number) => CalendarEvent[], checkInMinutes: number | null = null) {
  const sent: [number, boolean][] = [];
  let held: HeldOccupancy | null = null;
  let last: LastReport | null = null;
  for (let now = from; now <= to; now += 5_000) {
    const events = calendarAt(now);
    held = holdToQuarterHour(held, now, (instant) => panelState(events, instant, checkInMinutes, new Set()).occupied);
    if (!heartbeatDue(last, held.occupied, now)) continue;
    sent.push([now, held.occupied]);
    last = { occupied: held.occupied, at: now };
  }
  return sent;
}

/** Only the heartbeats that change what the server knows, as local Paris times. */
function changes(sent: [number, boolean][]) {
  const out: string[] = [];
  let previous: boolean | null = null;
  for (const [at, occupied] of sent) {
    if (occupied === previous) continue;
    const p = zonedParts(at, PARIS);
    out.push(`${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}:${String(p.second).padStart(2, "0")} ${occupied ? "occupied" : "available"}`);
    previous = occupied;
  }
  return out;
}

describe("quarterHourStart", () => {
  it("keeps a boundary as it is and floors everything else to the quarter before", () => {
    const boundary = utc("2026-11-23T09:15:00.000Z");
    expect(quarterHourStart(boundary)).toBe(boundary);
    expect(quarterHourStart(boundary - 1)).toBe(utc("2026-11-23T09:00:00.000Z"));
    expect(quarterHourStart(boundary + QUARTER_HOUR_MS - 1)).toBe(boundary);
    expect(quarterHourStart(utc("2026-11-23T23:59:59.999Z"))).toBe(utc("2026-11-23T23:45:00.000Z"));
  });

  it.each([
    // [zone, a span that crosses one of its clock changes]
    ["Europe/Paris", "2026-10-24T23:00:00Z", "2026-10-25T03:00:00Z"], // 03:00 CEST → 02:00 CET
    ["Europe/Paris", "2026-03-28T23:00:00Z", "2026-03-29T03:00:00Z"], // 02:00 CET → 03:00 CEST
    ["America/New_York", "2026-11-01T04:00:00Z", "2026-11-01T08:00:00Z"],
    ["Asia/Kathmandu", "2026-11-23T00:00:00Z", "2026-11-23T04:00:00Z"], // +05:45
    ["Asia/Kolkata", "2026-11-23T00:00:00Z", "2026-11-23T04:00:00Z"], // +05:30
    ["America/St_Johns", "2026-11-01T02:00:00Z", "2026-11-01T06:00:00Z"], // -02:30 → -03:30
    ["Australia/Lord_Howe", "2026-10-03T14:00:00Z", "2026-10-03T17:00:00Z"], // +10:30 → +11:00, a 30-minute shift
    ["Pacific/Chatham", "2026-09-26T12:00:00Z", "2026-09-26T16:00:00Z"], // +12:45 → +13:45
  ])("lands on :00, :15, :30 or :45 of the wall clock in %s, 15 real minutes apart, across %s – %s", (zone, from, to) => {
    let previous: number | null = null;
    for (let now = utc(from); now <= utc(to); now += 60_000) {
      const boundary = quarterHourStart(now);
      const local = zonedParts(boundary, zone);
      expect([0, 15, 30, 45], `${new Date(boundary).toISOString()} in ${zone}`).toContain(local.minute);
      expect(local.second).toBe(0);
      if (previous !== null && boundary !== previous) expect(boundary - previous).toBe(QUARTER_HOUR_MS);
      previous = boundary;
    }
  });
});

describe("the quarter-hour rule on a tablet", () => {
  const day = (time: string) => paris(`2026-11-23T${time}:00`);

  it("reports a meeting from 10:07 to 10:22 as occupied from 10:15 to 10:30", () => {
    const events = [meeting("m", day("10:07"), day("10:22"))];
    expect(changes(heartbeats(day("09:58"), day("10:40"), () => events))).toEqual(["09:58:00 available", "10:15:00 occupied", "10:30:00 available"]);
  });

  it("never reports a meeting that starts and ends inside one quarter", () => {
    const events = [meeting("m", day("10:02"), day("10:13"))];
    const sent = heartbeats(day("09:58"), day("10:40"), () => events);
    expect(sent.every(([, occupied]) => !occupied)).toBe(true);
  });

  it("reports a meeting on the boundaries at those boundaries, no earlier and no later", () => {
    const events = [meeting("m", day("09:00"), day("10:30"))];
    expect(changes(heartbeats(day("08:50"), day("10:40"), () => events))).toEqual(["08:50:00 available", "09:00:00 occupied", "10:30:00 available"]);
  });

  it("sends a heartbeat once a minute in between, all saying the same thing", () => {
    const sent = heartbeats(day("10:00"), day("10:14") + 55_000, () => [meeting("m", day("10:07"), day("10:22"))]);
    expect(sent).toHaveLength(15);
    expect(sent.map(([at]) => (at - day("10:00")) / 60_000)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(new Set(sent.map(([, occupied]) => occupied))).toEqual(new Set([false]));
  });

  it("holds what the tablet learns mid-quarter until the next boundary: a cancellation read at 10:20", () => {
    const booked = meeting("m", day("10:00"), day("11:00"));
    const calendarAt = (now: number) => (now < day("10:20") ? [booked] : [{ ...booked, status: "cancelled" as const }]);
    expect(changes(heartbeats(day("09:55"), day("10:40"), calendarAt))).toEqual(["09:55:00 available", "10:00:00 occupied", "10:30:00 available"]);
  });

  it("holds an auto-release the same way: nobody checked in to a 10:00 meeting within 10 minutes", () => {
    const events = [meeting("m", day("10:00"), day("11:00"))];
    expect(changes(heartbeats(day("09:55"), day("10:40"), () => events, 10))).toEqual(["09:55:00 available", "10:00:00 occupied", "10:15:00 available"]);
  });

  it("reports a meeting across the night clocks go back at the quarter hours of the wall clock", () => {
    // 25 October 2026 in Paris: 03:00 CEST becomes 02:00 CET. The meeting runs 02:50 CEST – 02:10 CET.
    const start = utc("2026-10-25T00:50:00Z");
    const end = utc("2026-10-25T01:10:00Z");
    const sent = heartbeats(utc("2026-10-25T00:40:00Z"), utc("2026-10-25T01:30:00Z"), () => [meeting("m", start, end)]);
    const flips = sent.filter(([, occupied], i) => i === 0 || occupied !== sent[i - 1]![1]);
    expect(flips.map(([at, occupied]) => [new Date(at).toISOString(), occupied])).toEqual([
      ["2026-10-25T00:40:00.000Z", false],
      ["2026-10-25T01:00:00.000Z", true], // 02:00 CET, the second 02:00 of the night
      ["2026-10-25T01:15:00.000Z", false], // 02:15 CET
    ]);
  });

  it("reports a meeting across the night clocks go forward without a missing or doubled quarter", () => {
    // 29 March 2026 in Paris: 02:00 CET becomes 03:00 CEST. The meeting runs 01:50 CET – 03:05 CEST.
    const sent = heartbeats(utc("2026-03-29T00:40:00Z"), utc("2026-03-29T01:30:00Z"), () => [meeting("m", utc("2026-03-29T00:50:00Z"), utc("2026-03-29T01:05:00Z"))]);
    const flips = sent.filter(([, occupied], i) => i === 0 || occupied !== sent[i - 1]![1]);
    expect(flips.map(([at, occupied]) => [zonedParts(at, PARIS).hour * 100 + zonedParts(at, PARIS).minute, occupied])).toEqual([
      [140, false],
      [300, true], // 03:00 CEST, straight after 01:45 CET
      [315, false],
    ]);
  });

  it("asks again when the tablet's clock is set back into an earlier quarter", () => {
    const events = [meeting("m", day("10:00"), day("10:15"))];
    const occupiedAt = (instant: number) => panelState(events, instant, null, new Set()).occupied;
    const later = holdToQuarterHour(null, day("10:16"), occupiedAt);
    expect(later).toEqual({ asOf: day("10:15"), occupied: false });
    expect(holdToQuarterHour(later, day("10:05"), occupiedAt)).toEqual({ asOf: day("10:00"), occupied: true });
  });
});

describe("heartbeatDue", () => {
  it("is due with nothing delivered, on a change, and a minute after the last report", () => {
    expect(heartbeatDue(null, false, 0)).toBe(true);
    expect(heartbeatDue({ occupied: false, at: 0 }, true, 5_000)).toBe(true);
    expect(heartbeatDue({ occupied: false, at: 0 }, false, 59_999)).toBe(false);
    expect(heartbeatDue({ occupied: false, at: 0 }, false, 60_000)).toBe(true);
  });
});
