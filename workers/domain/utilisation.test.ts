import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, retentionCutoff, summariseUtilisation, type RoomHours, type SnapshotRow } from "./utilisation";

const at = (iso: string) => Date.parse(iso);

const WEEKDAYS_9_TO_17 = { businessDays: [1, 2, 3, 4, 5], businessStartMinute: 9 * 60, businessEndMinute: 17 * 60 };

function room(displayId: string, timeZone = "Europe/Paris", name = displayId): RoomHours {
  return { displayId, name, timeZone, ...WEEKDAYS_9_TO_17 };
}

function snap(displayId: string, iso: string, state: "occupied" | "free" | "offline" = "free"): SnapshotRow {
  return { displayId, name: displayId, online: state !== "offline", occupied: state === "occupied", takenAt: at(iso) };
}

/** `count` consecutive quarter hours from `startIso`, all in the same state. */
function quarterHours(displayId: string, startIso: string, count: number, state: "occupied" | "free" | "offline"): SnapshotRow[] {
  return Array.from({ length: count }, (_, i) => ({ ...snap(displayId, startIso, state), takenAt: at(startIso) + i * 15 * 60_000 }));
}

const only = (result: ReturnType<typeof summariseUtilisation>) => {
  const [first] = result.rooms;
  if (!first) throw new Error("expected one room");
  return first;
};

describe("summariseUtilisation: business time", () => {
  it("follows the room's wall clock across the Europe/Paris change to summer time", () => {
    // Friday 27 March 2026 is CET (UTC+1); Monday 30 March is CEST (UTC+2).
    const snapshots = [
      snap("r", "2026-03-27T07:45Z"), // 08:45 local: before opening
      snap("r", "2026-03-27T08:00Z", "occupied"), // 09:00
      snap("r", "2026-03-27T15:45Z", "occupied"), // 16:45
      snap("r", "2026-03-27T16:00Z", "occupied"), // 17:00: closed (end is exclusive)
      snap("r", "2026-03-30T06:45Z", "occupied"), // 08:45 local: before opening
      snap("r", "2026-03-30T07:00Z"), // 09:00
      snap("r", "2026-03-30T14:45Z"), // 16:45
      snap("r", "2026-03-30T15:00Z", "occupied"), // 17:00: closed
    ];
    const result = only(summariseUtilisation([room("r")], snapshots));
    expect(result.businessSamples).toBe(4);
    expect(result.occupiedShare).toBe(0.5);
  });

  it("follows the wall clock through the autumn change itself, on a room open on Sundays", () => {
    // Sunday 25 October 2026: Paris goes from CEST (UTC+2) back to CET (UTC+1) at 03:00.
    const sundays = { ...room("r"), businessDays: [0] };
    const snapshots = [
      snap("r", "2026-10-25T06:45Z", "occupied"), // 07:45 local: before opening
      snap("r", "2026-10-25T07:00Z"), // 08:00 local: before opening (09:00 in summer time)
      snap("r", "2026-10-25T08:00Z", "occupied"), // 09:00
      snap("r", "2026-10-25T15:45Z"), // 16:45
      snap("r", "2026-10-25T16:00Z", "occupied"), // 17:00: closed
    ];
    const result = only(summariseUtilisation([sundays], snapshots));
    expect(result.businessSamples).toBe(2);
    expect(result.occupiedShare).toBe(0.5);
  });

  it("leaves out days that are not business days", () => {
    const snapshots = [snap("r", "2026-03-28T10:00Z", "occupied"), snap("r", "2026-03-29T10:00Z", "occupied"), snap("r", "2026-03-30T10:00Z")];
    const result = only(summariseUtilisation([room("r")], snapshots));
    expect(result.businessSamples).toBe(1);
    expect(result.occupiedShare).toBe(0);
  });

  it("decides the weekday in the room's zone, not in UTC", () => {
    // Auckland is UTC+13 in January: Sunday 21:00 UTC is Monday 10:00 there, Friday 23:00 UTC is Saturday noon.
    const auckland = room("a", "Pacific/Auckland");
    const result = only(summariseUtilisation([auckland], [snap("a", "2026-01-04T21:00Z", "occupied"), snap("a", "2026-01-09T23:00Z")]));
    expect(result.businessSamples).toBe(1);
    expect(result.occupiedShare).toBe(1);
  });
});

describe("summariseUtilisation: shares", () => {
  it("counts offline samples in offlineShare but not in occupiedShare", () => {
    const snapshots = [
      snap("r", "2026-03-30T08:00Z", "occupied"),
      snap("r", "2026-03-30T08:15Z"),
      snap("r", "2026-03-30T08:30Z", "offline"),
      snap("r", "2026-03-30T08:45Z", "offline"),
    ];
    const result = only(summariseUtilisation([room("r")], snapshots));
    expect(result.businessSamples).toBe(4);
    expect(result.occupiedShare).toBe(0.5);
    expect(result.offlineShare).toBe(0.5);
  });

  it("gives null shares when nothing can be said", () => {
    const neverOnline = only(summariseUtilisation([room("r")], [snap("r", "2026-03-30T08:00Z", "offline")]));
    expect(neverOnline.occupiedShare).toBeNull();
    expect(neverOnline.offlineShare).toBe(1);

    const noSamples = only(summariseUtilisation([room("r")], []));
    expect(noSamples).toMatchObject({ businessSamples: 0, occupiedShare: null, offlineShare: null, rarelyUsed: false, oftenOffline: false });
    expect(noSamples.byHourOfWeek.every((share) => share === null)).toBe(true);
  });
});

describe("summariseUtilisation: hour of week", () => {
  it("indexes by weekday * 24 + hour on the room's clock", () => {
    // Monday 5 January 2026, 14:00 UTC is 09:00 in New York (EST, UTC−5).
    const result = summariseUtilisation(
      [room("ny", "America/New_York")],
      [snap("ny", "2026-01-05T14:00Z", "occupied"), snap("ny", "2026-01-05T14:15Z"), snap("ny", "2026-01-05T14:30Z", "offline")],
    );
    const ny = only(result);
    expect(ny.byHourOfWeek).toHaveLength(168);
    expect(ny.byHourOfWeek[1 * 24 + 9]).toBe(0.5);
    expect(ny.byHourOfWeek[1 * 24 + 14]).toBeNull();
    expect(ny.byHourOfWeek.filter((share) => share !== null)).toHaveLength(1);
  });

  it("pools every room's online samples into the overall hour of week, each on its own clock", () => {
    const result = summariseUtilisation(
      [room("paris"), room("ny", "America/New_York")],
      [
        snap("paris", "2026-01-05T08:00Z", "occupied"), // Monday 09:00 in Paris
        snap("ny", "2026-01-05T14:00Z"), // Monday 09:00 in New York
        snap("ny", "2026-01-05T14:15Z"),
        snap("ny", "2026-01-05T14:30Z", "offline"),
      ],
    );
    expect(result.overallByHourOfWeek).toHaveLength(168);
    expect(result.overallByHourOfWeek[1 * 24 + 9]).toBeCloseTo(1 / 3);
    expect(result.from).toBe(at("2026-01-05T08:00Z"));
    expect(result.to).toBe(at("2026-01-05T14:30Z"));
  });
});

describe("summariseUtilisation: flags", () => {
  const monday = "2026-03-30T07:00Z"; // 09:00 in Paris

  it("flags a rarely used room and an often offline room once there are enough samples", () => {
    const idle = [...quarterHours("idle", monday, 7, "free"), ...quarterHours("idle", "2026-03-30T09:00Z", 1, "free")];
    const flaky = [...quarterHours("flaky", monday, 6, "occupied"), ...quarterHours("flaky", "2026-03-30T09:00Z", 2, "offline")];
    const result = summariseUtilisation([room("idle"), room("flaky")], [...idle, ...flaky]);
    const byId = Object.fromEntries(result.rooms.map((r) => [r.displayId, r]));
    expect(byId.idle).toMatchObject({ businessSamples: 8, occupiedShare: 0, rarelyUsed: true, oftenOffline: false });
    expect(byId.flaky).toMatchObject({ businessSamples: 8, offlineShare: 0.25, rarelyUsed: false, oftenOffline: true });
  });

  it("judges nothing below minSamples", () => {
    const snapshots = [...quarterHours("r", monday, 3, "free"), ...quarterHours("r", "2026-03-30T08:00Z", 4, "offline")];
    const result = only(summariseUtilisation([room("r")], snapshots));
    expect(result.businessSamples).toBe(DEFAULT_THRESHOLDS.minSamples - 1);
    expect(result).toMatchObject({ occupiedShare: 0, rarelyUsed: false, oftenOffline: false });
  });

  it("uses the thresholds it is given, strictly", () => {
    const snapshots = [...quarterHours("r", monday, 1, "occupied"), ...quarterHours("r", "2026-03-30T07:15Z", 3, "free")];
    const thresholds = { rarelyUsed: 0.25, oftenOffline: 0, minSamples: 1 };
    expect(only(summariseUtilisation([room("r")], snapshots, thresholds))).toMatchObject({ occupiedShare: 0.25, rarelyUsed: false, oftenOffline: false });
    expect(only(summariseUtilisation([room("r")], snapshots, { ...thresholds, rarelyUsed: 0.26 })).rarelyUsed).toBe(true);
  });
});

describe("summariseUtilisation: rooms", () => {
  it("ignores snapshots of displays that are no longer rooms", () => {
    const result = summariseUtilisation([room("kept")], [snap("kept", "2026-03-30T08:00Z"), snap("removed", "2026-03-30T08:00Z", "occupied"), snap("removed", "2020-01-01T00:00Z")]);
    expect(result.rooms.map((r) => r.displayId)).toEqual(["kept"]);
    expect(result.overallByHourOfWeek[1 * 24 + 10]).toBe(0);
    expect(result.from).toBe(at("2026-03-30T08:00Z"));
  });

  it("sorts by occupied share, highest first, rooms without data last, then by name", () => {
    const rooms = [room("d1", "Europe/Paris", "Zeta"), room("d2", "Europe/Paris", "Beta"), room("d3", "Europe/Paris", "Alpha"), room("d4", "Europe/Paris", "Gamma"), room("d5", "Europe/Paris", "Delta")];
    const snapshots = [
      snap("d1", "2026-03-30T08:00Z"),
      snap("d2", "2026-03-30T08:00Z", "occupied"),
      snap("d3", "2026-03-30T08:00Z"),
      snap("d5", "2026-03-30T08:00Z", "offline"),
    ];
    const names = summariseUtilisation(rooms, snapshots).rooms.map((r) => r.name);
    expect(names).toEqual(["Beta", "Alpha", "Zeta", "Delta", "Gamma"]);
  });
});

describe("retentionCutoff", () => {
  it("goes back calendar months in UTC, keeping the time of day", () => {
    expect(retentionCutoff(at("2026-11-22T10:00Z"), 13)).toBe(at("2025-10-22T10:00Z"));
    expect(retentionCutoff(at("2026-01-15T23:59:59.999Z"), 1)).toBe(at("2025-12-15T23:59:59.999Z"));
    expect(retentionCutoff(at("2026-05-01T00:00Z"), 0)).toBe(at("2026-05-01T00:00Z"));
  });

  it("clamps to the last day of a shorter month", () => {
    expect(retentionCutoff(at("2026-03-31T08:00Z"), 1)).toBe(at("2026-02-28T08:00Z"));
    expect(retentionCutoff(at("2025-03-31T08:00Z"), 13)).toBe(at("2024-02-29T08:00Z"));
    expect(retentionCutoff(at("2026-05-31T08:00Z"), 1)).toBe(at("2026-04-30T08:00Z"));
  });

  it("refuses a retention that is not a whole number of months", () => {
    expect(() => retentionCutoff(0, -1)).toThrow(RangeError);
    expect(() => retentionCutoff(0, 1.5)).toThrow(RangeError);
  });
});
