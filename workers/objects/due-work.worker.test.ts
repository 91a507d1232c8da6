import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { backoffAfter, DueWorkSchedule } from "./due-work";

// The scheduler both objects use, on a real Durable Object's storage (a RoomBoard nobody else uses).
async function withSchedule<T>(name: string, work: (schedule: DueWorkSchedule<string>, storage: DurableObjectStorage) => Promise<T>) {
  return runInDurableObject(env.ROOM_BOARD.get(env.ROOM_BOARD.idFromName(name)), (_object, state) =>
    work(new DueWorkSchedule(state.storage, (kind) => (kind.startsWith("x") ? null : kind)), state.storage),
  );
}

describe("DueWorkSchedule", () => {
  it("schedules with one verb: replace, earlier or keep", async () => {
    const rows = await withSchedule("due-work-verbs", async (schedule) => {
      schedule.schedule("a", 100);
      schedule.schedule("a", 200);
      schedule.schedule("b", 300, "earlier");
      schedule.schedule("b", 250, "earlier");
      schedule.schedule("b", 400, "earlier");
      schedule.schedule("c", 500, "keep");
      schedule.schedule("c", 50, "keep");
      schedule.schedule("x-unknown", 1);
      return schedule.due();
    });
    expect(rows).toEqual([
      { kind: "a", dueAt: 200, attempts: 0 },
      { kind: "b", dueAt: 250, attempts: 0 },
      { kind: "c", dueAt: 500, attempts: 0 },
    ]);
  });

  it("runs what is due, keeps a failed step for later with backoff, and keeps a step that scheduled itself again", async () => {
    // Application times an hour ahead of real time, as the dev clock can be.
    const offset = 3_600_000;
    const now = Date.now() + offset;
    const result = await withSchedule("due-work-run", async (schedule, storage) => {
      schedule.schedule("fails", now - 30);
      schedule.schedule("once", now - 20);
      schedule.schedule("again", now - 10);
      schedule.schedule("later", now + 600_000);
      const ran: string[] = [];
      const outcome = await schedule.runDue(() => now, async (work) => {
        ran.push(work.kind);
        if (work.kind === "fails") throw new Error("not now");
        if (work.kind === "again") schedule.schedule("again", now + 20_000);
      }, "test");
      const rows = schedule.due();
      await schedule.rearm({ offsetMs: offset, toRealTime: (t) => t - offset });
      return { ran, outcome, rows, alarm: await storage.getAlarm() };
    });
    expect(result.ran).toEqual(["fails", "once", "again"]);
    expect(result.outcome).toEqual({ ran: 2, failed: 1 });
    expect(result.rows).toEqual([
      { kind: "again", dueAt: now + 20_000, attempts: 0 },
      { kind: "fails", dueAt: now + backoffAfter(0), attempts: 1 },
      { kind: "later", dueAt: now + 600_000, attempts: 0 },
    ]);
    // Armed in real time for the earliest row.
    expect(result.alarm).toBe(now + 20_000 - offset);
  });

  it("knows the earliest due time after every change it makes, though it asks the table only after one", async () => {
    const seen = await withSchedule("due-work-earliest", async (schedule) => {
      const earliest = [schedule.nextDueAt()];
      schedule.schedule("a", 500);
      earliest.push(schedule.nextDueAt(), schedule.nextDueAt());
      schedule.schedule("b", 300, "earlier");
      earliest.push(schedule.nextDueAt());
      schedule.schedule("b", 900, "keep");
      earliest.push(schedule.nextDueAt());
      schedule.cancel("b");
      earliest.push(schedule.nextDueAt());
      await schedule.runDue(() => 1_000, async () => undefined, "test");
      earliest.push(schedule.nextDueAt());
      return earliest;
    });
    expect(seen).toEqual([null, 500, 500, 300, 300, 500, null]);
  });

  it("backs off 30 s more per failed attempt, up to an hour", () => {
    expect([0, 1, 2, 119, 500].map(backoffAfter)).toEqual([30_000, 60_000, 90_000, 3_600_000, 3_600_000]);
  });

  it("deletes the alarm when nothing is left", async () => {
    const alarm = await withSchedule("due-work-empty", async (schedule, storage) => {
      schedule.schedule("a", 10);
      await schedule.rearm({ offsetMs: 0, toRealTime: (t) => t });
      schedule.cancel("a");
      await schedule.rearm({ offsetMs: 0, toRealTime: (t) => t });
      return storage.getAlarm();
    });
    expect(alarm).toBeNull();
  });
});
