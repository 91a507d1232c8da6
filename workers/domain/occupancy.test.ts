import { describe, expect, it } from "vitest";
import { nextChangeAt, occupancyAt } from "./occupancy";
import type { CalendarEvent } from "./calendar-event";

const H = 3600_000;
const M = 60_000;
const T0 = Date.UTC(2026, 10, 23, 8, 0); // 09:00 in Paris

function ev(id: string, startH: number, endH: number, more: Partial<CalendarEvent> = {}): CalendarEvent {
  return { id, start: T0 + startH * H, end: T0 + endH * H, allDay: false, subject: id, isPrivate: false, status: "confirmed", showAs: "busy", ...more };
}

describe("occupancyAt", () => {
  it("is available with the next meeting before it starts, occupied during it, available after", () => {
    const events = [ev("a", 1, 2)];
    expect(occupancyAt(events, T0)).toMatchObject({ occupied: false, current: null, next: { id: "a" }, freeAt: null });
    expect(occupancyAt(events, T0 + H)).toMatchObject({ occupied: true, current: { id: "a" }, freeAt: T0 + 2 * H });
    expect(occupancyAt(events, T0 + 2 * H).occupied).toBe(false); // the end is exclusive
  });

  it("merges overlapping and back-to-back meetings for the time until free", () => {
    const events = [ev("a", 0, 1), ev("b", 0.5, 1.5), ev("c", 1.5, 2), ev("d", 2.5, 3)];
    const now = occupancyAt(events, T0 + 10 * M);
    expect(now.freeAt).toBe(T0 + 2 * H);
    expect(now.next?.id).toBe("b");
  });

  it("names the meeting that started most recently as the current one", () => {
    const events = [ev("long", 0, 3), ev("inner", 1, 2)];
    expect(occupancyAt(events, T0 + 1.5 * H).current?.id).toBe("inner");
    expect(occupancyAt(events, T0 + 1.5 * H).freeAt).toBe(T0 + 3 * H);
  });

  it("ignores cancelled meetings and free time, counts tentative ones", () => {
    expect(occupancyAt([ev("x", 0, 1, { status: "cancelled" })], T0 + M).occupied).toBe(false);
    expect(occupancyAt([ev("x", 0, 1, { showAs: "free" })], T0 + M).occupied).toBe(false);
    expect(occupancyAt([ev("x", 0, 1, { status: "tentative", showAs: "tentative" })], T0 + M).occupied).toBe(true);
  });

  it("frees the room for working-elsewhere time; holds it for out-of-office and unknown free/busy", () => {
    expect(occupancyAt([ev("x", 0, 1, { showAs: "workingElsewhere" })], T0 + M).occupied).toBe(false);
    expect(occupancyAt([ev("x", 0, 1, { showAs: "oof" })], T0 + M).occupied).toBe(true);
    expect(occupancyAt([ev("x", 0, 1, { showAs: "unknown" })], T0 + M).occupied).toBe(true);
    expect(nextChangeAt([ev("x", 1, 2, { showAs: "workingElsewhere" })], T0)).toBeNull();
  });

  it("holds the room for a whole all-day booking, but not an all-day free event", () => {
    const day = ev("day", -9, 15, { allDay: true });
    expect(occupancyAt([day], T0 + 5 * H)).toMatchObject({ occupied: true, freeAt: T0 + 15 * H });
    expect(occupancyAt([{ ...day, showAs: "free" }], T0 + 5 * H).occupied).toBe(false);
  });

  it("keeps private meetings (the panel shows them as Private)", () => {
    expect(occupancyAt([ev("p", 0, 1, { isPrivate: true, subject: "Doctor" })], T0).current).toMatchObject({ isPrivate: true });
  });

  it("tells when occupancy next flips", () => {
    const events = [ev("a", 1, 2), ev("b", 2, 3), ev("gone", 0, 0.5, { status: "cancelled" })];
    expect(nextChangeAt(events, T0)).toBe(T0 + H);
    expect(nextChangeAt(events, T0 + 1.5 * H)).toBe(T0 + 3 * H);
    expect(nextChangeAt(events, T0 + 4 * H)).toBeNull();
  });
});
