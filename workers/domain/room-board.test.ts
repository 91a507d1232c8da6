import { describe, expect, it } from "vitest";
import {
  applyHealth,
  applyHeartbeat,
  applySilence,
  INCIDENT_AFTER_MS,
  isStale,
  nextBoardCheckAt,
  nextOfflineCheckAt,
  nextQuarterHour,
  NO_HEALTH,
  OFFLINE_AFTER_MS,
  scheduleTrusted,
  snapshotFacts,
  type CalendarHealth,
  type DisplayHealth,
  type HealthEffect,
  type LiveDisplay,
} from "./room-board";

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

describe("calendar health incidents", () => {
  const t0 = Date.UTC(2026, 11, 1, 9, 0);
  const min = 60_000;
  /** Feeds heartbeats one a minute from t0 and collects every effect with the minute it came. */
  function run(healths: (CalendarHealth | undefined)[], start: DisplayHealth = NO_HEALTH) {
    let state = start;
    const effects: { minute: number; effect: HealthEffect }[] = [];
    healths.forEach((health, minute) => {
      const out = applyHealth(state, health, t0 + minute * min);
      state = out.next;
      for (const effect of out.effects) effects.push({ minute, effect });
    });
    return { state, effects };
  }

  it("does not email a blip shorter than ten minutes", () => {
    const { effects, state } = run(["ok", ...Array<CalendarHealth>(9).fill("needs_sign_in"), "ok"]);
    expect(effects).toEqual([]);
    expect(state.incidentStart).toBeNull();
  });

  it("announces an incident once, ten minutes after it started, and its recovery once", () => {
    const { effects } = run(["ok", ...Array<CalendarHealth>(30).fill("needs_sign_in"), "ok", "ok"]);
    expect(effects).toEqual([
      { minute: 11, effect: { kind: "incident", incidentStart: t0 + 1 * min, health: "needs_sign_in" } },
      { minute: 31, effect: { kind: "recovered", incidentStart: t0 + 1 * min } },
    ]);
  });

  it("keeps one incident when its kind changes, and starts a new one after a recovery", () => {
    const { effects } = run([...Array<CalendarHealth>(5).fill("needs_sign_in"), ...Array<CalendarHealth>(10).fill("error"), "ok", ...Array<CalendarHealth>(11).fill("stale")]);
    expect(effects.map((e) => [e.minute, e.effect.kind, e.effect.incidentStart])).toEqual([
      [10, "incident", t0],
      [15, "recovered", t0],
      [26, "incident", t0 + 16 * min],
    ]);
  });

  it("changes nothing for a heartbeat without a health (an older app)", () => {
    const { state, effects } = run(["error", undefined, undefined]);
    expect(effects).toEqual([]);
    expect(state).toMatchObject({ health: "error", healthSince: t0, incidentStart: t0 });
  });

  it("trusts a schedule until the limit after the last ok, and never a stale one", () => {
    const limit = 60 * min;
    const failing = applyHealth(applyHealth(NO_HEALTH, "ok", t0).next, "needs_sign_in", t0 + min).next;
    expect(scheduleTrusted(failing, t0 + limit - 1, limit)).toBe(true);
    expect(scheduleTrusted(failing, t0 + limit, limit)).toBe(false);
    expect(scheduleTrusted(applyHealth(NO_HEALTH, "error", t0).next, t0, limit)).toBe(false);
    expect(scheduleTrusted(applyHealth(NO_HEALTH, "stale", t0).next, t0, limit)).toBe(false);
    expect(scheduleTrusted(applyHealth(NO_HEALTH, "ok", t0).next, t0 + 10 * limit, limit)).toBe(true);
    expect(scheduleTrusted(NO_HEALTH, t0, limit)).toBe(true);
  });

  it("announces a silent display's incident once it is ten minutes old, once, and never one that was ok", () => {
    const failing = run(["ok", "needs_sign_in", "needs_sign_in"]).state;
    expect(applySilence(failing, t0 + min + INCIDENT_AFTER_MS - 1)).toEqual({ next: failing, effects: [] });
    const announced = applySilence(failing, t0 + min + INCIDENT_AFTER_MS);
    expect(announced.effects).toEqual([{ kind: "incident", incidentStart: t0 + min, health: "needs_sign_in" }]);
    expect(applySilence(announced.next, t0 + 60 * min).effects).toEqual([]);
    // Announced while still reporting: silence adds nothing; the recovery comes from the next ok heartbeat.
    const told = run(["error", ...Array<CalendarHealth>(10).fill("error")]).state;
    expect(told.incidentNotified).toBe(true);
    expect(applySilence(told, t0 + 60 * min).effects).toEqual([]);
    expect(applyHealth(announced.next, "ok", t0 + 61 * min).effects).toEqual([{ kind: "recovered", incidentStart: t0 + min }]);
    expect(applySilence(run(["ok", "ok"]).state, t0 + 60 * min).effects).toEqual([]);
    expect(applySilence(NO_HEALTH, t0 + 60 * min).effects).toEqual([]);
  });

  it("comes back for the first display to go silent or the first silent incident to turn ten minutes old", () => {
    const live = (id: string, online: boolean, lastSeenAt: number, health: DisplayHealth) => ({ displayId: id, online, occupied: false, lastSeenAt, ...health });
    const failing = run(["ok", "error"]).state;
    const online = live("a", true, t0 + 20 * min, NO_HEALTH);
    const silent = live("b", false, t0 + min, failing);
    expect(nextBoardCheckAt([online])).toBe(t0 + 20 * min + OFFLINE_AFTER_MS);
    expect(nextBoardCheckAt([online, silent])).toBe(t0 + min + INCIDENT_AFTER_MS);
    expect(nextBoardCheckAt([live("b", false, t0 + min, applySilence(failing, t0 + 11 * min).next)])).toBeNull();
    expect(nextBoardCheckAt([live("c", false, t0, NO_HEALTH)])).toBeNull();
  });
});
