import { describe, expect, it } from "vitest";
import { applyHeartbeat, isStale, nextOfflineCheckAt, nextQuarterHour, OFFLINE_AFTER_MS, snapshotFacts, type LiveDisplay } from "./room-board";

const T = Date.UTC(2026, 10, 23, 9, 7, 12);
const never: LiveDisplay = { displayId: "dsp_a", online: false, occupied: false, lastSeenAt: null };

describe("room board rules", () => {
  it("a first heartbeat brings a display online and is a change", () => {
    const { next, changed } = applyHeartbeat(never, false, T);
    expect(next).toEqual({ displayId: "dsp_a", online: true, occupied: false, lastSeenAt: T });
    expect(changed).toBe(true);
  });

  it("a repeated heartbeat with the same occupancy is not a change; a flip is", () => {
    const online = applyHeartbeat(never, true, T).next;
    expect(applyHeartbeat(online, true, T + 60_000).changed).toBe(false);
    expect(applyHeartbeat(online, false, T + 60_000).changed).toBe(true);
  });

  it("is offline from exactly three minutes of silence", () => {
    const online = applyHeartbeat(never, true, T).next;
    expect(isStale(online, T + OFFLINE_AFTER_MS - 1)).toBe(false);
    expect(isStale(online, T + OFFLINE_AFTER_MS)).toBe(true);
    expect(isStale(never, T)).toBe(true);
  });

  it("schedules the offline check for the longest-silent online display", () => {
    const a = { ...applyHeartbeat(never, true, T).next, displayId: "a" };
    const b = { ...applyHeartbeat(never, false, T + 30_000).next, displayId: "b" };
    const gone = { ...b, displayId: "c", online: false, lastSeenAt: T - 10 * 60_000 };
    expect(nextOfflineCheckAt([b, a, gone])).toBe(T + OFFLINE_AFTER_MS);
    expect(nextOfflineCheckAt([gone])).toBeNull();
  });

  it("puts snapshots on the next quarter hour", () => {
    expect(new Date(nextQuarterHour(T)).toISOString()).toBe("2026-11-23T09:15:00.000Z");
    expect(nextQuarterHour(Date.UTC(2026, 10, 23, 9, 15))).toBe(Date.UTC(2026, 10, 23, 9, 30));
  });

  it("never records an offline or silent display as occupied", () => {
    const busy = applyHeartbeat(never, true, T).next;
    expect(snapshotFacts(busy, T + 60_000)).toEqual({ online: true, occupied: true });
    expect(snapshotFacts(busy, T + OFFLINE_AFTER_MS)).toEqual({ online: false, occupied: false });
  });
});
