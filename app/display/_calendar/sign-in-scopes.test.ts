import { describe, expect, it } from "vitest";
import type { StoredDisplayConfig } from "../_lib/device-storage";
import { googleCalendarScope } from "./google-sign-in";
import { microsoftCalendarScopes } from "./microsoft-sign-in";
import { calendarConfigOf } from "./source-for";

const config = (permissions: StoredDisplayConfig["display"]["permissions"], checkInMinutes: number | null): StoredDisplayConfig => ({
  display: {
    id: "dsp_1", name: "Atlas", roomEmail: "atlas@acme.test", capacity: 8, floor: "", building: "", equipment: [], timeZone: "Europe/Paris",
    businessDays: [1, 2, 3, 4, 5], businessStartMinute: 480, businessEndMinute: 1080, lang: "en", privacyMode: false, checkInMinutes,
    theme: "light", calendarSource: "microsoft", permissions, noShowSeriesStrikes: null,
  },
  org: { name: "Acme", occupancyReporting: "exact", scheduleStaleMinutes: 60, microsoft: { clientId: "c", tenantId: "t" }, google: null, bookingSubject: null },
});

describe("the calendar sign-in's scope", () => {
  it("asks for read-only access unless the panel may write", () => {
    expect(microsoftCalendarScopes(false)).toEqual(["Calendars.Read.Shared"]);
    expect(microsoftCalendarScopes(true)).toEqual(["Calendars.ReadWrite.Shared"]);
    expect(googleCalendarScope(false)).toBe("https://www.googleapis.com/auth/calendar.readonly");
    expect(googleCalendarScope(true)).toBe("https://www.googleapis.com/auth/calendar.events");
  });

  it("writes when booking or extend/end is on, or release with check-in on; release without check-in does nothing", () => {
    const off = { book: false, extendEnd: false, release: false };
    expect(calendarConfigOf(config(off, 10)).writes).toBe(false);
    expect(calendarConfigOf(config({ ...off, release: true }, null)).writes).toBe(false);
    expect(calendarConfigOf(config({ ...off, release: true }, 10)).writes).toBe(true);
    expect(calendarConfigOf(config({ ...off, book: true }, null)).writes).toBe(true);
    expect(calendarConfigOf(config({ ...off, extendEnd: true }, null)).writes).toBe(true);
  });
});
