import { describe, expect, it } from "vitest";
import { CalendarError } from "../_calendar/types";
import { calendarHealth } from "./calendar-health";

const HOUR = 3600_000;
const now = Date.UTC(2026, 11, 1, 10, 0);
const limit = HOUR;

describe("the calendar health a tablet reports", () => {
  it("is ok after a recent good read", () => {
    expect(calendarHealth({ lastGoodAt: now - 2 * 60_000, lastError: null, now, staleAfterMs: limit })).toBe("ok");
  });

  it("needs a sign-in when the provider answers 401, or MSAL wants a person", () => {
    expect(calendarHealth({ lastGoodAt: now - 60_000, lastError: new CalendarError(401, "needs sign-in again"), now, staleAfterMs: limit })).toBe("needs_sign_in");
    const msal = Object.assign(new Error("AADSTS50058"), { name: "InteractionRequiredAuthError", errorCode: "login_required" });
    expect(calendarHealth({ lastGoodAt: now - 60_000, lastError: msal, now, staleAfterMs: limit })).toBe("needs_sign_in");
    expect(calendarHealth({ lastGoodAt: null, lastError: { errorCode: "interaction_required" }, now, staleAfterMs: limit })).toBe("needs_sign_in");
  });

  it("keeps saying sign-in is needed however old the schedule is", () => {
    expect(calendarHealth({ lastGoodAt: now - 5 * HOUR, lastError: new CalendarError(401, "x"), now, staleAfterMs: limit })).toBe("needs_sign_in");
  });

  it("is an error on any other failure", () => {
    for (const error of [new CalendarError(403, "x"), new CalendarError(404, "x"), new CalendarError(0, "x", { reason: "unreachable" }), new CalendarError(502, "x", { reason: "bad_answer" }), new TypeError("boom")]) {
      expect(calendarHealth({ lastGoodAt: now - 60_000, lastError: error, now, staleAfterMs: limit }), String(error)).toBe("error");
    }
  });

  it("is not an error when told to wait, until the schedule passes the organisation's limit", () => {
    const throttled = new CalendarError(429, "slow down", { retryAfterMs: 300_000 });
    const budget = new CalendarError(429, "used up", { reason: "budget" });
    expect(calendarHealth({ lastGoodAt: now - 10 * 60_000, lastError: throttled, now, staleAfterMs: limit })).toBe("ok");
    expect(calendarHealth({ lastGoodAt: now - 10 * 60_000, lastError: budget, now, staleAfterMs: limit })).toBe("ok");
    expect(calendarHealth({ lastGoodAt: now - limit, lastError: throttled, now, staleAfterMs: limit })).toBe("stale");
  });

  it("is stale exactly from the limit, and before any good read", () => {
    expect(calendarHealth({ lastGoodAt: now - limit + 1, lastError: null, now, staleAfterMs: limit })).toBe("ok");
    expect(calendarHealth({ lastGoodAt: now - limit, lastError: null, now, staleAfterMs: limit })).toBe("stale");
    expect(calendarHealth({ lastGoodAt: null, lastError: null, now, staleAfterMs: limit })).toBe("stale");
    expect(calendarHealth({ lastGoodAt: now - 30 * 60_000, lastError: null, now, staleAfterMs: 20 * 60_000 })).toBe("stale");
  });
});
