import { env, runInDurableObject, SELF } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { advanceDevClock } from "../test/dev-clock";
import { runArmedAlarm } from "../test/run-alarm";
import { roomSnapshots } from "@/db/schema";
import { finderKey } from "../auth/finder-key";
import { signToken } from "../auth/tokens";
import { createContext } from "../core/context";
import { DisplaysApi } from "../core/displays";
import { FinderApi } from "../core/finder";
import { RoomsApi } from "../core/rooms";
import { OFFLINE_AFTER_MS } from "../domain/room-board";
import { orThrow } from "../errors";
import { createTestOrg, TEST_SECRET } from "../test/room-fixture";
import { roomBoard } from "./room-board";
import { BoardState, STORED_TIMES_LAG_MS } from "./room-board-state";

// D1 and the clock offset are shared by the tests of this file: every test makes its own
// organisation and works from the clock as it finds it.
const db = createDb(env.DB);
const displaysApi = new DisplaysApi(env);

async function now() {
  return (await createContext(env)).clock.now();
}

const advance = (ms: number) => advanceDevClock(db, ms);

async function states(orgId: string) {
  return orThrow(await roomBoard(env, orgId).states({ orgId }));
}

async function runAlarm(orgId: string) {
  return runArmedAlarm(roomBoard(env, orgId));
}

describe("RoomBoard", () => {
  it("takes each display's heartbeat and reports only online and occupied", async () => {
    const t = await createTestOrg(db, 3, await now());
    const [a, b] = t.displays;
    expect(orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true }))).toMatchObject({ online: true, occupied: true, changed: true });
    orThrow(await displaysApi.heartbeat({ deviceToken: b!.token, occupied: false }));
    const live = await states(t.org.id);
    expect(live).toEqual(
      expect.arrayContaining([
        { displayId: a!.id, online: true, occupied: true, known: true, health: null, healthSince: null },
        { displayId: b!.id, online: true, occupied: false, known: true, health: null, healthSince: null },
        { displayId: t.displays[2]!.id, online: false, occupied: false, known: true, health: null, healthSince: null },
      ]),
    );
  });

  it("keeps in storage exactly what it answers from memory, so an evicted board wakes up with the same state", async () => {
    const t = await createTestOrg(db, 3, await now());
    const [a, b, c] = t.displays;
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true, calendarHealth: "ok" }));
    orThrow(await displaysApi.heartbeat({ deviceToken: b!.token, occupied: false, calendarHealth: "needs_sign_in" }));
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: false, calendarHealth: "ok" }));
    const rooms = new RoomsApi(env);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    orThrow(await rooms.unpair({ sessionToken: t.sessionToken, csrf, id: c!.id }));
    const answered = await states(t.org.id);
    // A new BoardState over the same storage is what the board is after an eviction.
    const fromStorage = await runInDurableObject(roomBoard(env, t.org.id), (_object, state) => {
      const fresh = new BoardState(state.storage);
      return fresh.displays().map((d) => ({ ...fresh.publicFacts(d, d.lastSeenAt ?? 0), health: d.health, healthSince: d.healthSince }));
    });
    expect(fromStorage).toEqual(answered);
    expect(answered.find((d) => d.displayId === b!.id)).toMatchObject({ online: true, occupied: false, health: "needs_sign_in" });
    expect(answered.find((d) => d.displayId === a!.id)).toMatchObject({ online: true, occupied: false, health: "ok" });
  });

  it("writes a heartbeat that changes only its time when storage's time is two minutes old, and after an eviction counts the display seen as late as it could have been", async () => {
    const t = await createTestOrg(db, 2, await now());
    const [a] = t.displays;
    const board = roomBoard(env, t.org.id);
    const storedSeen = () =>
      runInDurableObject(board, (_object, state) => state.storage.sql.exec<{ last_seen: number | null }>("select last_seen from displays where id = ?", a!.id).one().last_seen);
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true, calendarHealth: "ok" }));
    const firstSeen = await storedSeen();
    expect(firstSeen).not.toBeNull();
    // A minute later the same report: memory moves, storage does not.
    await advance(60_000);
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true, calendarHealth: "ok" }));
    expect((await board.diagnostics()).lastHeartbeatWrites).toBe(0);
    expect(await storedSeen()).toBe(firstSeen);
    // Two minutes after the stored time: written again, so storage never lags by more.
    await advance(STORED_TIMES_LAG_MS - 60_000);
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true, calendarHealth: "ok" }));
    expect((await board.diagnostics()).lastHeartbeatWrites).toBe(1);
    const secondSeen = (await storedSeen())!;
    expect(secondSeen - firstSeen!).toBeGreaterThanOrEqual(STORED_TIMES_LAG_MS);
    // One more that writes nothing, then an eviction (a new BoardState over the same storage): the
    // display counts as seen STORED_TIMES_LAG_MS after storage's time, the latest it could have been.
    await advance(60_000);
    const before = await now();
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true, calendarHealth: "ok" }));
    const after = await now();
    expect(await storedSeen()).toBe(secondSeen);
    const woken = await runInDurableObject(board, (_object, state) => new BoardState(state.storage).display(a!.id));
    expect(woken).toMatchObject({ online: true, occupied: true, health: "ok", lastSeenAt: secondSeen + STORED_TIMES_LAG_MS });
    // An admin change re-reads the rows: what only memory knew is written first, exactly.
    const rooms = new RoomsApi(env);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    orThrow(await rooms.unpair({ sessionToken: t.sessionToken, csrf, id: t.displays[1]!.id }));
    const flushed = (await storedSeen())!;
    expect(flushed).toBeGreaterThanOrEqual(before);
    expect(flushed).toBeLessThanOrEqual(after);
    expect((await states(t.org.id)).find((d) => d.displayId === a!.id)).toMatchObject({ online: true, occupied: true });
  });

  it("marks a display offline after three silent minutes, by alarm", async () => {
    const t = await createTestOrg(db, 2, await now());
    const [a, b] = t.displays;
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true }));
    await advance(2 * 60_000);
    orThrow(await displaysApi.heartbeat({ deviceToken: b!.token, occupied: false }));
    await advance(OFFLINE_AFTER_MS - 2 * 60_000 + 1000);
    expect(await runAlarm(t.org.id)).toBe(true);
    const live = new Map((await states(t.org.id)).map((d) => [d.displayId, d]));
    expect(live.get(a!.id)).toEqual({ displayId: a!.id, online: false, occupied: false, known: true, health: null, healthSince: null });
    expect(live.get(b!.id)?.online).toBe(true);
    // The next check is armed for b, three minutes after its heartbeat.
    const diagnostics = await roomBoard(env, t.org.id).diagnostics();
    expect(diagnostics.due.map((d) => d.kind)).toContain("offline");
  });

  it("writes one row per heartbeat that changes a display once the silence sweep covers it, and moves the sweep only when a display could go silent sooner", async () => {
    const t = await createTestOrg(db, 2, await now());
    const [a, b] = t.displays;
    const board = roomBoard(env, t.org.id);
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true }));
    const first = await board.diagnostics();
    const sweep = first.due.find((d) => d.kind === "offline")!.due_at;
    // a again and b: both could go silent no sooner than the sweep already due, so only their rows;
    // a's second report changes nothing but its time, so not even its row (ADR 022).
    for (const [token, rows] of [[a!.token, 1], [b!.token, 1], [a!.token, 0]] as const) {
      orThrow(await displaysApi.heartbeat({ deviceToken: token, occupied: false }));
      const after = await board.diagnostics();
      expect(after.lastHeartbeatWrites).toBe(rows);
      expect(after.due).toEqual(first.due);
      expect(after.alarm).toBe(first.alarm);
    }
    // The sweep ran (a is offline, b later) and planned itself for b: still one write a heartbeat.
    await advance(OFFLINE_AFTER_MS + 1000);
    expect(await runAlarm(t.org.id)).toBe(true);
    const swept = (await board.diagnostics()).due.find((d) => d.kind === "offline");
    expect(swept === undefined || swept.due_at > sweep).toBe(true);
    orThrow(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true }));
    const back = await board.diagnostics();
    expect(back.due.find((d) => d.kind === "offline")!.due_at).toBeLessThanOrEqual((await now()) + OFFLINE_AFTER_MS);
    expect((await states(t.org.id)).find((d) => d.displayId === a!.id)?.online).toBe(true);
  });

  it("writes one snapshot row per display every 15 minutes, once even if the alarm runs again", async () => {
    const t = await createTestOrg(db, 3, await now());
    orThrow(await displaysApi.heartbeat({ deviceToken: t.displays[0]!.token, occupied: true }));
    orThrow(await displaysApi.heartbeat({ deviceToken: t.displays[1]!.token, occupied: false }));
    const due = (await roomBoard(env, t.org.id).diagnostics()).due.find((d) => d.kind === "snapshot")!;
    expect(due.due_at % (15 * 60_000)).toBe(0);
    // Keep both displays alive up to the quarter hour, then let the alarm run.
    await advance(due.due_at - (await now()) - 30_000);
    orThrow(await displaysApi.heartbeat({ deviceToken: t.displays[0]!.token, occupied: true }));
    orThrow(await displaysApi.heartbeat({ deviceToken: t.displays[1]!.token, occupied: false }));
    await advance(31_000);
    await runAlarm(t.org.id);
    const rows = await db.select().from(roomSnapshots).where(eq(roomSnapshots.orgId, t.org.id)).all();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.takenAt))).toEqual(new Set([due.due_at]));
    const byId = new Map(rows.map((r) => [r.displayId, r]));
    expect(byId.get(t.displays[0]!.id)).toMatchObject({ online: true, occupied: true, name: t.displays[0]!.name });
    expect(byId.get(t.displays[1]!.id)).toMatchObject({ online: true, occupied: false });
    expect(byId.get(t.displays[2]!.id)).toMatchObject({ online: false, occupied: false });
    // Every column of a snapshot: the four facts the promise allows, plus the keys that tie them to a room.
    expect(Object.keys(rows[0]!).sort()).toEqual(["displayId", "name", "occupied", "online", "orgId", "takenAt"]);
    // A replayed snapshot step (alarms are at-least-once) writes nothing new.
    const { takeRoomSnapshot } = await import("../use-cases/take-room-snapshot");
    await takeRoomSnapshot(await createContext(env), t.org.id, due.due_at, [{ displayId: t.displays[0]!.id, name: "x", online: true, occupied: false, lastSeenAt: due.due_at }]);
    expect(await db.select().from(roomSnapshots).where(eq(roomSnapshots.orgId, t.org.id)).all()).toHaveLength(3);
    const next = (await roomBoard(env, t.org.id).diagnostics()).due.find((d) => d.kind === "snapshot")!;
    expect(next.due_at).toBe(due.due_at + 15 * 60_000);
  });

  it("refuses missing, tampered, expired, revoked and foreign tokens with 401, changing nothing", async () => {
    const t = await createTestOrg(db, 2, await now());
    const other = await createTestOrg(db, 1, await now());
    const [a] = t.displays;
    const codeOf = (r: { ok: boolean; error?: { status: number } }) => (r.ok ? 200 : r.error!.status);
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: "", occupied: true }))).toBe(400);
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: a!.token.slice(0, -2) + "xx", occupied: true }))).toBe(401);
    const expired = await signToken(TEST_SECRET, "display", a!.id, (await now()) - 500 * 86_400_000, { org: t.org.id, v: "1" });
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: expired, occupied: true }))).toBe(401);
    const session = await signToken(TEST_SECRET, "session", t.admin, await now());
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: session, occupied: true }))).toBe(401);
    // A token naming another organisation cannot report for this display, nor touch the other one.
    const crossed = await signToken(TEST_SECRET, "display", a!.id, await now(), { org: other.org.id, v: "1" });
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: crossed, occupied: true }))).toBe(401);
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: "yes" } as never))).toBe(400);

    const rooms = new RoomsApi(env);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    orThrow(await rooms.unpair({ sessionToken: t.sessionToken, csrf, id: a!.id }));
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true }))).toBe(401);
    expect(codeOf(await displaysApi.config({ deviceToken: a!.token }))).toBe(401);
    expect((await states(t.org.id)).every((d) => !d.online)).toBe(true);
    expect((await states(other.org.id)).every((d) => !d.online)).toBe(true);
  });

  it("refuses a token it has already accepted once it is unpaired or expired, at once (the isolate keeps verified tokens)", async () => {
    const t = await createTestOrg(db, 2, await now());
    const [a, b] = t.displays;
    const codeOf = (r: { ok: boolean; error?: { status: number } }) => (r.ok ? 200 : r.error!.status);
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true }))).toBe(200);
    expect(codeOf(await displaysApi.config({ deviceToken: a!.token }))).toBe(200);
    const rooms = new RoomsApi(env);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    orThrow(await rooms.unpair({ sessionToken: t.sessionToken, csrf, id: a!.id }));
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: a!.token, occupied: true }))).toBe(401);
    expect(codeOf(await displaysApi.config({ deviceToken: a!.token }))).toBe(401);

    // A token that was accepted a moment ago is refused once the application clock passes its expiry.
    const shortLived = await signToken(TEST_SECRET, "display", b!.id, (await now()) - 400 * 86_400_000 + 60_000, { org: t.org.id, v: "1" });
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: shortLived, occupied: true }))).toBe(200);
    await advance(2 * 60_000);
    expect(codeOf(await displaysApi.heartbeat({ deviceToken: shortLived, occupied: false }))).toBe(401);
    expect((await states(t.org.id)).find((d) => d.displayId === b!.id)).toMatchObject({ online: true, occupied: true });
  });

  it("pairs a tablet with a one-time code and gives it its configuration", async () => {
    const t = await createTestOrg(db, 1, await now());
    const rooms = new RoomsApi(env);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const { code } = orThrow(await rooms.pairingCode({ sessionToken: t.sessionToken, csrf, id: t.displays[0]!.id }));
    expect(code).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    const { deviceToken } = orThrow(await displaysApi.pair({ code: code.toLowerCase(), client: "test" }));
    const second = await displaysApi.pair({ code, client: "test" });
    expect(second.ok ? 200 : second.error.status).toBe(400);
    const config = orThrow(await displaysApi.config({ deviceToken }));
    expect(config.display).toMatchObject({ id: t.displays[0]!.id, name: t.displays[0]!.name, calendarSource: "demo", timeZone: "Europe/Paris" });
    expect(config.renewedToken).toBeNull();
  });

  it("keeps tenants apart in the finder: a key opens only its own organisation", async () => {
    const t = await createTestOrg(db, 2, await now());
    const other = await createTestOrg(db, 1, await now());
    const finder = new FinderApi(env);
    const key = await finderKey(TEST_SECRET, t.org.id, 1);
    const mine = orThrow(await finder.rooms({ slug: t.org.slug, key }));
    expect(mine.rooms.map((r) => r.id).sort()).toEqual(t.displays.map((d) => d.id).sort());
    const foreign = await finder.rooms({ slug: other.org.slug, key });
    expect(foreign.ok ? 200 : foreign.error.status).toBe(403);
    const bySession = await finder.rooms({ slug: other.org.slug, sessionToken: t.sessionToken });
    expect(bySession.ok ? 200 : bySession.error.status).toBe(403);
    // Revoking the link: the old key stops working, the new one works.
    const rooms = new RoomsApi(env);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    orThrow(await rooms.rotateFinderKey({ sessionToken: t.sessionToken, csrf }));
    const old = await finder.rooms({ slug: t.org.slug, key });
    expect(old.ok ? 200 : old.error.status).toBe(403);
    expect(orThrow(await finder.rooms({ slug: t.org.slug, key: await finderKey(TEST_SECRET, t.org.id, 2) })).total).toBe(2);
  });

  it("pushes changes to connected room-finder sockets, and only its own organisation's", async () => {
    const t = await createTestOrg(db, 2, await now());
    const other = await createTestOrg(db, 1, await now());
    const key = await finderKey(TEST_SECRET, t.org.id, 1);
    const denied = await SELF.fetch(`http://core/live/${other.org.slug}?key=${key}`, { headers: { upgrade: "websocket" } });
    expect(denied.status).toBe(403);
    const response = await SELF.fetch(`http://core/live/${t.org.slug}?key=${key}`, { headers: { upgrade: "websocket" } });
    expect(response.status).toBe(101);
    const ws = response.webSocket!;
    const messages: unknown[] = [];
    ws.accept();
    ws.addEventListener("message", (event) => messages.push(JSON.parse(String(event.data))));
    await waitFor(() => messages.length >= 1);
    expect(messages[0]).toMatchObject({ type: "state" });
    orThrow(await displaysApi.heartbeat({ deviceToken: other.displays[0]!.token, occupied: true }));
    orThrow(await displaysApi.heartbeat({ deviceToken: t.displays[1]!.token, occupied: true }));
    await waitFor(() => messages.length >= 2);
    expect(messages.slice(1)).toEqual([{ type: "display", display: { displayId: t.displays[1]!.id, online: true, occupied: true, known: true } }]);
    ws.close(1000);
    await runInDurableObject(roomBoard(env, t.org.id), async () => undefined);
  });

  it("closes the pages open on a room-finder link when the link is replaced, not a member's", async () => {
    const t = await createTestOrg(db, 1, await now());
    const key = await finderKey(TEST_SECRET, t.org.id, 1);
    const open = async (query: string, headers: Record<string, string> = {}) => {
      const response = await SELF.fetch(`http://core/live/${t.org.slug}${query}`, { headers: { upgrade: "websocket", ...headers } });
      expect(response.status).toBe(101);
      const ws = response.webSocket!;
      const closed = new Promise<number>((resolve) => ws.addEventListener("close", (event) => resolve(event.code)));
      ws.accept();
      return { ws, closed };
    };
    const byLink = await open(`?key=${key}`);
    const byMember = await open("", { "x-roomtrust-session": t.sessionToken });
    const rooms = new RoomsApi(env);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    orThrow(await rooms.rotateFinderKey({ sessionToken: t.sessionToken, csrf }));
    expect(await byLink.closed).toBe(4403);
    expect(byMember.ws.readyState).toBe(WebSocket.OPEN);
    byMember.ws.close(1000);
    await runInDurableObject(roomBoard(env, t.org.id), async () => undefined);
  });

  it("deletes snapshots older than the organisation's retention", async () => {
    const t = await createTestOrg(db, 1, await now());
    const current = await now();
    const old = current - 14 * 31 * 86_400_000;
    await db.insert(roomSnapshots).values([
      { orgId: t.org.id, displayId: t.displays[0]!.id, name: "x", online: true, occupied: true, takenAt: old },
      { orgId: t.org.id, displayId: t.displays[0]!.id, name: "x", online: true, occupied: false, takenAt: current - 86_400_000 },
    ]);
    const { pruneSnapshots } = await import("../use-cases/prune-snapshots");
    await pruneSnapshots(await createContext(env), t.org.id);
    const left = await db.select().from(roomSnapshots).where(and(eq(roomSnapshots.orgId, t.org.id))).all();
    expect(left.map((r) => r.takenAt)).toEqual([current - 86_400_000]);
  });
});

async function waitFor(check: () => boolean, timeoutMs = 3000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
