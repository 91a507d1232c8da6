import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { createContext } from "../core/context";
import { orThrow } from "../errors";
import { createTestOrg } from "../test/room-fixture";
import { roomBoard, type BoardHeartbeat } from "./room-board";
import { MAX_BATCH, sendHeartbeat } from "./room-board-heartbeats";

// Heartbeats of one organisation share a call to its board while one is in flight (ADR 023):
// here against the real board, its storage and its answers; the line's own rules (stale calls,
// the caller that leads) are in heartbeat-lines.test.ts.
const db = createDb(env.DB);

async function setUp(displays: number) {
  const ctx = await createContext(env);
  const t = await createTestOrg(db, displays, ctx.clock.now());
  const report = (i: number, occupied: boolean, tokenVersion = 1): BoardHeartbeat => ({ orgId: t.org.id, displayId: t.displays[i]!.id, tokenVersion, occupied, now: ctx.clock.now() });
  const board = roomBoard(env, t.org.id);
  return { ctx, t, report, board };
}

describe("heartbeats sent to a board together", () => {
  it("carries the reports that arrive during a call in the next one, in order, each with its own answer, and the board ends on each display's last", async () => {
    const { ctx, t, report, board } = await setUp(3);
    // Display 0 reports occupied, free, occupied, free…: the last of its reports must win.
    const sent = Array.from({ length: 10 }, (_, i) => report(i % 3, i % 2 === 0));
    const answers = await Promise.all(sent.map((input) => sendHeartbeat(ctx, input)));
    expect(answers.map((a) => orThrow(a).occupied)).toEqual(sent.map((s) => s.occupied));
    // The first went alone; the nine that arrived while it was in flight went in one call.
    expect((await board.diagnostics()).lastHeartbeatCall).toBe(9);
    const live = orThrow(await board.states({ orgId: t.org.id }));
    for (let d = 0; d < 3; d++) {
      const last = sent.filter((s) => s.displayId === t.displays[d]!.id).at(-1)!;
      expect(live.find((l) => l.displayId === last.displayId)).toMatchObject({ online: true, occupied: last.occupied });
    }
  });

  it("refuses only the report whose token is no longer the display's; the others in its call are taken", async () => {
    const { ctx, t, report, board } = await setUp(3);
    const [first, good, stale, other] = await Promise.all([
      sendHeartbeat(ctx, report(0, false)),
      sendHeartbeat(ctx, report(1, true)),
      // Signed for version 2: the display was never re-paired, so the board refuses it.
      sendHeartbeat(ctx, report(2, true, 2)),
      sendHeartbeat(ctx, report(0, true)),
    ]);
    expect((await board.diagnostics()).lastHeartbeatCall).toBe(3);
    expect(first!.ok && good!.ok && other!.ok).toBe(true);
    expect(stale).toMatchObject({ ok: false, error: { code: "device_unauthorized", status: 401 } });
    const live = orThrow(await board.states({ orgId: t.org.id }));
    expect(live.find((l) => l.displayId === t.displays[1]!.id)).toMatchObject({ online: true, occupied: true });
    expect(live.find((l) => l.displayId === t.displays[2]!.id)).toMatchObject({ online: false });
  });

  it("fails every report of a call that fails, and no report of the calls before and after it", async () => {
    const { ctx, t, report, board } = await setUp(2);
    // One alone, then a full call with one report the RPC cannot carry (a symbol cannot be
    // serialized, so the whole call is refused before the board sees it), then three more.
    const unsendable = { ...report(1, true), occupied: Symbol("unsendable") as unknown as boolean };
    const middle = Array.from({ length: MAX_BATCH }, (_, i) => (i === 5 ? unsendable : report(1, i % 2 === 0)));
    const after = [report(0, true), report(1, false), report(0, false)];
    const answers = await Promise.all([report(0, true), ...middle, ...after].map((input) => sendHeartbeat(ctx, input)));
    expect(answers[0]!.ok).toBe(true);
    expect(answers.slice(1, 1 + MAX_BATCH).map((a) => (a.ok ? "ok" : a.error.code))).toEqual(Array(MAX_BATCH).fill("internal"));
    expect(answers.slice(1 + MAX_BATCH).every((a) => a.ok)).toBe(true);
    expect((await board.diagnostics()).lastHeartbeatCall).toBe(3);
    const live = orThrow(await board.states({ orgId: t.org.id }));
    expect(live.map((l) => [l.displayId, l.occupied])).toEqual(expect.arrayContaining([[t.displays[0]!.id, false], [t.displays[1]!.id, false]]));
  });

  it("keeps separate organisations on separate calls", async () => {
    const a = await setUp(1);
    const b = await setUp(1);
    const answers = await Promise.all([a.report(0, true), b.report(0, true), a.report(0, false), b.report(0, false)].map((input) => sendHeartbeat(a.ctx, input)));
    expect(answers.every((x) => x.ok)).toBe(true);
    expect((await a.board.diagnostics()).lastHeartbeatCall).toBe(1);
    expect((await b.board.diagnostics()).lastHeartbeatCall).toBe(1);
    expect(orThrow(await a.board.states({ orgId: a.t.org.id }))[0]).toMatchObject({ occupied: false });
    expect(orThrow(await b.board.states({ orgId: b.t.org.id }))[0]).toMatchObject({ occupied: false });
  });
});
