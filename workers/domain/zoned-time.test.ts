import { describe, expect, it } from "vitest";
import { startOfZonedDay, zonedDateTimeToEpoch, zonedParts } from "./zoned-time";

const iso = (ms: number) => new Date(ms).toISOString();

describe("zoned time", () => {
  it("reads wall-clock times in Paris in winter and summer", () => {
    expect(iso(zonedDateTimeToEpoch("2026-11-23T09:00:00", "Europe/Paris"))).toBe("2026-11-23T08:00:00.000Z");
    expect(iso(zonedDateTimeToEpoch("2026-07-01T09:00", "Europe/Paris"))).toBe("2026-07-01T07:00:00.000Z");
    expect(iso(zonedDateTimeToEpoch("2026-11-23T09:00:00", "America/New_York"))).toBe("2026-11-23T14:00:00.000Z");
  });

  it("moves a time skipped by the spring change to just after it", () => {
    // 29 March 2026: Paris goes from 02:00 straight to 03:00.
    expect(iso(zonedDateTimeToEpoch("2026-03-29T02:30:00", "Europe/Paris"))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(zonedDateTimeToEpoch("2026-03-29T03:00:00", "Europe/Paris"))).toBe("2026-03-29T01:00:00.000Z");
  });

  it("takes the first occurrence of a time repeated by the autumn change", () => {
    // 25 October 2026: Paris goes from 03:00 back to 02:00; 02:30 happens twice.
    expect(iso(zonedDateTimeToEpoch("2026-10-25T02:30:00", "Europe/Paris"))).toBe("2026-10-25T00:30:00.000Z");
    // The hour after the repeated one is not moved: 03:30 happens once, in winter time.
    expect(iso(zonedDateTimeToEpoch("2026-10-25T03:30:00", "Europe/Paris"))).toBe("2026-10-25T02:30:00.000Z");
    // Lord Howe Island goes back half an hour (02:00 → 01:30) on 5 April 2026.
    expect(iso(zonedDateTimeToEpoch("2026-04-05T01:45:00", "Australia/Lord_Howe"))).toBe("2026-04-04T14:45:00.000Z");
  });

  it("knows that DST days are 23 and 25 hours long", () => {
    const spring = zonedDateTimeToEpoch("2026-03-29", "Europe/Paris");
    expect(zonedDateTimeToEpoch("2026-03-30", "Europe/Paris") - spring).toBe(23 * 3600_000);
    const autumn = zonedDateTimeToEpoch("2026-10-25", "Europe/Paris");
    expect(zonedDateTimeToEpoch("2026-10-26", "Europe/Paris") - autumn).toBe(25 * 3600_000);
    expect(startOfZonedDay(autumn + 20 * 3600_000, "Europe/Paris")).toBe(autumn);
  });

  it("gives the weekday in the zone, not in UTC", () => {
    // 23:30 UTC on Sunday is already Monday in Paris.
    expect(zonedParts(Date.UTC(2026, 10, 22, 23, 30), "Europe/Paris")).toMatchObject({ weekday: 1, hour: 0, minute: 30, day: 23 });
  });
});
