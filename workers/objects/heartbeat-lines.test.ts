import { describe, expect, it } from "vitest";
import type { Result } from "../errors";
import { HeartbeatLines, type ReportCaller } from "./heartbeat-lines";
import type { BoardHeartbeat, BoardHeartbeatAnswer } from "./room-board";

// The line's own rules, with a board whose answers the test releases by hand (the real board and
// its answers are in room-board-heartbeats.worker.test.ts): who makes each call, what it carries,
// and what happens when a call does not come back.

type Answer = Result<BoardHeartbeatAnswer>;

/** A board the test answers call by call; each call remembers which report's caller made it. */
function handBoard() {
  const calls: { by: string; inputs: BoardHeartbeat[]; answer(): void; fail(error: unknown): void }[] = [];
  const kept: Promise<unknown>[] = [];
  const callerFor = (name: string): ReportCaller => ({
    call: (inputs) =>
      new Promise<Answer[]>((resolve, reject) => {
        calls.push({ by: name, inputs, answer: () => resolve(inputs.map((i) => ({ ok: true, data: { online: true, occupied: i.occupied, changed: false } }))), fail: reject });
      }),
    keepAlive: (call) => kept.push(call),
  });
  return { calls, kept, callerFor };
}

const report = (displayId: string, occupied = true, orgId = "org_a"): BoardHeartbeat => ({ orgId, displayId, tokenVersion: 1, occupied, now: 0 });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("HeartbeatLines", () => {
  it("sends the reports that arrive during a call together in the next, made by the first of them, each answered with its own", async () => {
    const lines = new HeartbeatLines({ maxBatch: 32, staleMs: 10_000, now: () => 0 });
    const board = handBoard();
    const answers = ["d1", "d2", "d3", "d4"].map((d, i) => lines.send(report(d, i % 2 === 0), board.callerFor(d)));
    await settle();
    expect(board.calls.map((c) => [c.by, c.inputs.map((i) => i.displayId)])).toEqual([["d1", ["d1"]]]);
    expect(lines.waitingFor("org_a")).toBe(3);
    board.calls[0]!.answer();
    await settle();
    expect(board.calls.map((c) => [c.by, c.inputs.map((i) => i.displayId)])).toEqual([
      ["d1", ["d1"]],
      ["d2", ["d2", "d3", "d4"]],
    ]);
    board.calls[1]!.answer();
    expect((await Promise.all(answers)).map((a) => a.ok && a.data.occupied)).toEqual([true, false, true, false]);
    // Every call is kept alive past its maker's own answer.
    expect(board.kept).toHaveLength(2);
    // The line is free again: the next report calls at once.
    void lines.send(report("d5"), board.callerFor("d5"));
    await settle();
    expect(board.calls.at(-1)).toMatchObject({ by: "d5", inputs: [{ displayId: "d5" }] });
  });

  it("carries at most maxBatch reports a call, in arrival order", async () => {
    const lines = new HeartbeatLines({ maxBatch: 2, staleMs: 10_000, now: () => 0 });
    const board = handBoard();
    const answers = ["a", "b", "c", "d", "e", "f"].map((d) => lines.send(report(d), board.callerFor(d)));
    for (let i = 0; i < 4; i++) {
      await settle();
      board.calls[i]!.answer();
    }
    await Promise.all(answers);
    expect(board.calls.map((c) => c.inputs.map((i) => i.displayId).join(""))).toEqual(["a", "bc", "de", "f"]);
  });

  it("keeps each organisation on its own line", async () => {
    const lines = new HeartbeatLines({ maxBatch: 32, staleMs: 10_000, now: () => 0 });
    const board = handBoard();
    void lines.send(report("a1", true, "org_a"), board.callerFor("a1"));
    void lines.send(report("b1", true, "org_b"), board.callerFor("b1"));
    void lines.send(report("a2", true, "org_a"), board.callerFor("a2"));
    await settle();
    expect(board.calls.map((c) => c.by)).toEqual(["a1", "b1"]);
    expect([lines.waitingFor("org_a"), lines.waitingFor("org_b")]).toEqual([1, 0]);
  });

  it("fails every report of a call that fails, and hands the line on to the next call", async () => {
    const lines = new HeartbeatLines({ maxBatch: 32, staleMs: 10_000, now: () => 0 });
    const board = handBoard();
    const first = lines.send(report("d1"), board.callerFor("d1"));
    const riding = [lines.send(report("d2"), board.callerFor("d2")), lines.send(report("d3"), board.callerFor("d3"))];
    await settle();
    board.calls[0]!.answer();
    await settle();
    const later = lines.send(report("d4"), board.callerFor("d4"));
    board.calls[1]!.fail(new Error("the board was reset"));
    await settle();
    board.calls[2]!.answer();
    expect((await first).ok).toBe(true);
    for (const answer of await Promise.all(riding)) expect(answer).toMatchObject({ ok: false, error: { code: "internal", status: 500 } });
    expect((await later).ok).toBe(true);
  });

  it("answers a call whose board returns the wrong number of answers as failed, rather than giving reports each other's", async () => {
    const lines = new HeartbeatLines({ maxBatch: 32, staleMs: 10_000, now: () => 0 });
    const short: ReportCaller = { call: async () => [], keepAlive: () => {} };
    expect(await lines.send(report("d1"), short)).toMatchObject({ ok: false, error: { code: "internal" } });
  });

  it("does not wait for a call older than staleMs, and a report whose call never starts calls alone after staleMs", async () => {
    let now = 0;
    const lines = new HeartbeatLines({ maxBatch: 32, staleMs: 40, now: () => now });
    const board = handBoard();
    // d1's call never comes back. d2 arrives while it is fresh and waits.
    void lines.send(report("d1"), board.callerFor("d1"));
    const waiting = lines.send(report("d2"), board.callerFor("d2"));
    await settle();
    expect(board.calls).toHaveLength(1);
    // Later, past staleMs by the clock: d3 does not wait for the stuck call.
    now = 50;
    const fresh = lines.send(report("d3"), board.callerFor("d3"));
    await settle();
    expect(board.calls.map((c) => c.by)).toEqual(["d1", "d3"]);
    // d2's own wait runs out (a timer of staleMs): it leaves the line and calls alone.
    await new Promise((r) => setTimeout(r, 60));
    expect(board.calls.map((c) => c.by)).toEqual(["d1", "d3", "d2"]);
    expect(lines.waitingFor("org_a")).toBe(0);
    board.calls[1]!.answer();
    board.calls[2]!.answer();
    expect((await fresh).ok && (await waiting).ok).toBe(true);
  });

  it("leaves out of a call a report that already left to call alone", async () => {
    const lines = new HeartbeatLines({ maxBatch: 32, staleMs: 40, now: () => 0 });
    const board = handBoard();
    void lines.send(report("d1"), board.callerFor("d1"));
    const d2 = lines.send(report("d2"), board.callerFor("d2"));
    await new Promise((r) => setTimeout(r, 60));
    // d2 left and called alone; d3 arrives behind d2's own call (the line's now).
    expect(board.calls.map((c) => c.by)).toEqual(["d1", "d2"]);
    const d3 = lines.send(report("d3"), board.callerFor("d3"));
    board.calls[0]!.answer();
    board.calls[1]!.answer();
    await settle();
    expect(board.calls.map((c) => [c.by, c.inputs.map((i) => i.displayId)])).toEqual([
      ["d1", ["d1"]],
      ["d2", ["d2"]],
      ["d3", ["d3"]],
    ]);
    board.calls[2]!.answer();
    expect((await d2).ok && (await d3).ok).toBe(true);
  });
});
