import { describe, expect, it } from "vitest";
import { zonedDateTimeToEpoch } from "@/workers/domain/zoned-time";
import { age, displayText, duration, meetingDay } from "./_i18n";

const paris = (local: string) => zonedDateTimeToEpoch(local, "Europe/Paris");

describe("meetingDay", () => {
  // Friday 27 November 2026, 19:00 in Paris.
  const now = paris("2026-11-27T19:00:00");

  it("says nothing for today, Tomorrow, the weekday within a week and the date beyond, in English", () => {
    const day = meetingDay("en", "Europe/Paris");
    expect(day(paris("2026-11-27T21:00:00"), now)).toBe("");
    expect(day(paris("2026-11-28T09:00:00"), now)).toBe("Tomorrow");
    expect(day(paris("2026-11-30T09:00:00"), now)).toBe("Monday");
    expect(day(paris("2026-12-07T09:00:00"), now)).toBe("Mon 7 Dec");
  });

  it("says Demain and the weekday with a capital at the head of the line, in French", () => {
    const day = meetingDay("fr", "Europe/Paris");
    expect(day(paris("2026-11-28T09:00:00"), now)).toBe("Demain");
    expect(day(paris("2026-11-30T09:00:00"), now)).toBe("Lundi");
    expect(day(paris("2026-12-07T09:00:00"), now)).toBe("Lun. 7 déc.");
  });
});

describe("duration", () => {
  const nb = (text: string) => text.replace(/\u00a0/g, " ");

  it("says minutes, whole hours and hours with minutes the English way", () => {
    const t = displayText("en");
    expect([25, 60, 88, 125].map((m) => nb(duration(t, m)))).toEqual(["25 min", "1 h", "1 h 28 min", "2 h 05 min"]);
    expect(nb(age(t, 26 * 3600_000))).toBe("1 d 2 h");
  });

  it("says them the French way", () => {
    const t = displayText("fr");
    expect([25, 60, 88, 125].map((m) => nb(duration(t, m)))).toEqual(["25 min", "1 h", "1 h 28", "2 h 05"]);
  });

  it("never breaks a duration across lines", () => {
    for (const lang of ["en", "fr"] as const) expect(duration(displayText(lang), 88)).not.toMatch(/ /);
  });
});
