import { env, SELF } from "cloudflare:test";
import { like } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createDb } from "@/db/client";
import { getClockOffset } from "@/db/queries/settings";
import { advanceDevClock } from "../test/dev-clock";
import { runArmedAlarm } from "../test/run-alarm";
import { emailDeliveries } from "@/db/schema";
import { finderKey } from "../auth/finder-key";
import { DisplaysApi } from "../core/displays";
import { FinderApi } from "../core/finder";
import { RoomsApi } from "../core/rooms";
import { INCIDENT_AFTER_MS, OFFLINE_AFTER_MS, type CalendarHealth } from "../domain/room-board";
import { orThrow } from "../errors";
import { createTestOrg, TEST_SECRET } from "../test/room-fixture";
import { roomBoard } from "./room-board";

// Displays that leave the board: a tablet that goes silent in the middle of a calendar-health
// incident (issue 10: its admins hear of it without waiting for it to come back), and a display
// unpaired or removed by an admin (issue 16: off the board at once, not three minutes later).

const db = createDb(env.DB);
const displays = new DisplaysApi(env);
const rooms = new RoomsApi(env);
const finder = new FinderApi(env);
const MIN = 60_000;

const advance = (ms: number) => advanceDevClock(db, ms);

/** Heartbeats once a minute for `minutes` minutes, each with the given health. */
async function beat(deviceToken: string, calendarHealth: CalendarHealth, minutes = 1) {
  for (let i = 0; i < minutes; i++) {
    orThrow(await displays.heartbeat({ deviceToken, occupied: false, calendarHealth }));
    await advance(MIN);
  }
}

async function healthEmails(displayId: string) {
  const rows = await db.select().from(emailDeliveries).where(like(emailDeliveries.idempotencyKey, `calendar-%:${displayId}:%`)).all();
  return rows.map((e) => [e.template, e.recipient]);
}

async function offlineCheck(orgId: string) {
  return (await roomBoard(env, orgId).diagnostics()).due.find((d) => d.kind === "offline");
}

describe("a tablet that goes silent during a calendar-health incident", () => {
  it("is announced by the board's alarm once the incident is ten minutes old, once, and its recovery when it returns", async () => {
    const t = await createTestOrg(db, 1);
    const display = t.displays[0]!;
    await beat(display.token, "ok");
    const incidentStart = Date.now() + (await getClockOffset(db));
    // Two minutes of "sign-in needed", then nothing: the tablet lost its network too.
    await beat(display.token, "needs_sign_in", 2);
    await advance(OFFLINE_AFTER_MS - MIN);
    expect(await runArmedAlarm(roomBoard(env, t.org.id))).toBe(true);
    expect(orThrow(await roomBoard(env, t.org.id).states({ orgId: t.org.id }))[0]).toMatchObject({ online: false, health: "needs_sign_in" });
    // Offline, but the incident is five minutes old: a blip that heals in time emails nobody.
    expect(await healthEmails(display.id)).toEqual([]);
    // The board comes back by itself when the incident turns ten minutes old.
    const check = await offlineCheck(t.org.id);
    expect(check?.due_at).toBeGreaterThanOrEqual(incidentStart + INCIDENT_AFTER_MS);
    expect(check!.due_at).toBeLessThan(incidentStart + INCIDENT_AFTER_MS + 5_000);

    await advance(check!.due_at - (Date.now() + (await getClockOffset(db))) + 1_000);
    expect(await runArmedAlarm(roomBoard(env, t.org.id))).toBe(true);
    expect(await healthEmails(display.id)).toEqual([["calendar-incident", t.admin]]);
    // Once per incident: nothing more is due, and a replayed check owes nothing new.
    expect(await offlineCheck(t.org.id)).toBeUndefined();
    await advance(30 * MIN);
    await runArmedAlarm(roomBoard(env, t.org.id));
    expect(await healthEmails(display.id)).toEqual([["calendar-incident", t.admin]]);

    // Back, still failing: the same incident. Then reading again: one recovery email.
    await beat(display.token, "error", 2);
    await beat(display.token, "ok");
    expect((await healthEmails(display.id)).sort()).toEqual([["calendar-incident", t.admin], ["calendar-recovered", t.admin]].sort());
  });

  it("does not announce again an incident already announced before the tablet went silent", async () => {
    const t = await createTestOrg(db, 1);
    const display = t.displays[0]!;
    await beat(display.token, "error", INCIDENT_AFTER_MS / MIN + 1);
    expect(await healthEmails(display.id)).toEqual([["calendar-incident", t.admin]]);
    await advance(OFFLINE_AFTER_MS);
    expect(await runArmedAlarm(roomBoard(env, t.org.id))).toBe(true);
    expect(orThrow(await roomBoard(env, t.org.id).states({ orgId: t.org.id }))[0]?.online).toBe(false);
    expect(await offlineCheck(t.org.id)).toBeUndefined();
    expect(await healthEmails(display.id)).toEqual([["calendar-incident", t.admin]]);
    await beat(display.token, "ok");
    expect((await healthEmails(display.id)).sort()).toEqual([["calendar-incident", t.admin], ["calendar-recovered", t.admin]].sort());
  });

  it("emails nobody for a healthy tablet that goes silent", async () => {
    const t = await createTestOrg(db, 1);
    const display = t.displays[0]!;
    await beat(display.token, "ok", 2);
    await advance(OFFLINE_AFTER_MS);
    expect(await runArmedAlarm(roomBoard(env, t.org.id))).toBe(true);
    expect(await offlineCheck(t.org.id)).toBeUndefined();
    await advance(INCIDENT_AFTER_MS);
    await runArmedAlarm(roomBoard(env, t.org.id));
    expect(await healthEmails(display.id)).toEqual([]);
  });
});

describe("a display unpaired or removed", () => {
  it("leaves the board, the finder and open finder pages at once", async () => {
    const t = await createTestOrg(db, 3);
    const [unpaired, removed, kept] = t.displays;
    const key = await finderKey(TEST_SECRET, t.org.id, 1);
    const response = await SELF.fetch(`http://core/live/${t.org.slug}?key=${key}`, { headers: { upgrade: "websocket" } });
    expect(response.status).toBe(101);
    const socket = response.webSocket!;
    const messages: unknown[] = [];
    socket.accept();
    socket.addEventListener("message", (event) => messages.push(JSON.parse(event.data as string)));
    for (const d of t.displays) orThrow(await displays.heartbeat({ deviceToken: d.token, occupied: false, calendarHealth: "ok" }));
    const status = async () => new Map(orThrow(await finder.rooms({ slug: t.org.slug, key })).rooms.map((r) => [r.id, r.status]));
    expect([...(await status()).values()]).toEqual(["available", "available", "available"]);

    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    orThrow(await rooms.unpair({ sessionToken: t.sessionToken, csrf, id: unpaired!.id }));
    // No clock moved: the tablet's last heartbeat is seconds old, and the room is offline anyway.
    expect((await status()).get(unpaired!.id)).toBe("offline");
    expect(orThrow(await roomBoard(env, t.org.id).states({ orgId: t.org.id })).find((d) => d.displayId === unpaired!.id)).toMatchObject({ online: false, occupied: false, health: null });
    await vi.waitFor(() => expect(messages).toContainEqual({ type: "display", display: { displayId: unpaired!.id, online: false, occupied: false, known: true } }));

    orThrow(await rooms.remove({ sessionToken: t.sessionToken, csrf, id: removed!.id }));
    const after = await status();
    expect(after.has(removed!.id)).toBe(false);
    expect(after.get(kept!.id)).toBe("available");
    expect(orThrow(await roomBoard(env, t.org.id).states({ orgId: t.org.id })).map((d) => d.displayId).sort()).toEqual([unpaired!.id, kept!.id].sort());
    // A page open on the finder turns the removed room offline before it gets the new state.
    await vi.waitFor(() => expect(messages).toContainEqual({ type: "display", display: { displayId: removed!.id, online: false, occupied: false, known: true } }));
    const lastState = messages.filter((m): m is { type: "state"; displays: { displayId: string; online: boolean }[] } => (m as { type: string }).type === "state").at(-1)!;
    expect(lastState.displays.map((d) => [d.displayId, d.online]).sort()).toEqual([[unpaired!.id, false], [kept!.id, true]].sort());
    socket.close(1000);
  });
});
