import { describe, expect, it } from "vitest";
import type { CalendarEvent } from "../_calendar/types";
import { panelState } from "./check-in";

const T = Date.UTC(2026, 10, 23, 9, 0);
const meeting: CalendarEvent = { id: "m1", start: T, end: T + 3600_000, allDay: false, subject: "Planning", isPrivate: false, status: "confirmed", showAs: "busy" };

describe("panelState with check-in", () => {
  it("without check-in, a meeting holds the room for its whole time", () => {
    expect(panelState([meeting], T + 30 * 60_000, null, new Set()).occupied).toBe(true);
  });

  it("asks for check-in, then releases the room when nobody checked in within N minutes", () => {
    const waiting = panelState([meeting], T + 5 * 60_000, 10, new Set());
    expect(waiting.occupied).toBe(true);
    expect(waiting.awaitingCheckIn).toEqual({ eventId: "m1", deadline: T + 10 * 60_000 });
    const released = panelState([meeting], T + 10 * 60_000, 10, new Set());
    expect(released.occupied).toBe(false);
    expect(released.released).toBe(true);
  });

  it("keeps the room for a meeting someone checked in to", () => {
    const state = panelState([meeting], T + 40 * 60_000, 10, new Set(["m1"]));
    expect(state.occupied).toBe(true);
    expect(state.awaitingCheckIn).toBeNull();
  });
});
