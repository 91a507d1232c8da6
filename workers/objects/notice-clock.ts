import { DurableObject } from "cloudflare:workers";
import { createContext, type CoreContext } from "../core/context";
import { parseDueKind, type DueKind, type NoticeEffect, type NoticeState, type Remedy } from "../domain/notice";
import { readConfig } from "../core/config";
import { AppError, toResult, type Result } from "../errors";
import { publishNotice } from "../use-cases/publish-notice";
import { recordObjection, type ObjectionSubmission } from "../use-cases/record-objection";
import { recoverNoticeTransition } from "../use-cases/recover-notice-transition";
import { resolveObjection } from "../use-cases/resolve-objection";
import { runDueWork } from "../use-cases/run-due-work";
import type { CrashPoint, NoticeClockStore, PendingTransition } from "../use-cases/notice-clock-store";
import { withdrawNotice } from "../use-cases/withdraw-notice";
import { DueWorkSchedule, type DueWork } from "./due-work";

/** How soon after a crash the object's alarm comes back to finish a pending transition. */
const RECOVERY_DELAY_MS = 5_000;

/** The Durable Object that keeps one notice's clock; its name is the notice id. */
export function noticeClock(env: CoreEnv, noticeId: string) {
  return env.NOTICE_CLOCK.get(env.NOTICE_CLOCK.idFromName(noticeId));
}

/**
 * One per notice. Every change to a published notice — admin actions, objections and its own
 * alarm — runs here one at a time, so a request at the deadline and the alarm cannot disagree.
 * Methods are thin: build a context, run one use case, re-arm the single alarm.
 */
export class NoticeClock extends DurableObject<CoreEnv> {
  private readonly store: StorageClockStore;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: CoreEnv) {
    super(ctx, env);
    this.store = new StorageClockStore(ctx, readConfig(env).devTools);
  }

  publish(input: { noticeId: string; effectiveAt?: number; actor: string }) {
    return this.serialised((ctx) => publishNotice(ctx, this.store, input));
  }

  withdraw(input: { actor: string; reason: string; reasonFr?: string }) {
    return this.serialised((ctx) => withdrawNotice(ctx, this.store, input));
  }

  submitObjection(input: ObjectionSubmission) {
    return this.serialised((ctx) => recordObjection(ctx, this.store, input));
  }

  resolveObjection(input: { objectionId: string; remedy: Remedy; note: string; actor: string }) {
    return this.serialised((ctx) => resolveObjection(ctx, this.store, input));
  }

  /** Runs what fell due now; the dev clock calls this after moving time forward. */
  runDueWork() {
    return this.serialised((ctx) => runDueWork(ctx, this.store));
  }

  /** The clock's state and its pending due work, for tests and diagnostics. */
  state() {
    return this.serialised(async () => {
      const stored = this.store.load();
      return { noticeId: stored?.noticeId ?? null, state: stored?.state ?? null, due: this.store.schedule.due() };
    });
  }

  /**
   * Dev tools only: the next transition that reaches `at` stops this object dead there, as a
   * killed process would (issue 9, point 8). Once: the crash clears itself.
   */
  crashAt(input: { at: CrashPoint }) {
    return toResult(async () => {
      if (!readConfig(this.env).devTools) throw new AppError("dev_tools_disabled");
      this.ctx.storage.kv.put("crash_at", input.at);
      return { armed: input.at };
    });
  }

  override async alarm(): Promise<void> {
    this.store.schedule.alarmFired();
    const result = await this.serialised((ctx) => runDueWork(ctx, this.store));
    // Only a failure outside the steps (e.g. D1 unreachable for the clock) gets here; throwing
    // makes the runtime retry the alarm with backoff.
    if (!result.ok) throw new Error(`notice clock alarm failed: ${result.error.code}`);
  }

  /**
   * Runs one piece of work at a time, after finishing any transition a crash interrupted, then
   * re-arms the alarm to the earliest due row.
   */
  private serialised<T>(work: (ctx: CoreContext) => Promise<T>): Promise<Result<T>> {
    const run = this.queue.then(() =>
      toResult(async () => {
        const ctx = await createContext(this.env);
        try {
          await recoverNoticeTransition(ctx, this.store);
          const result = await work(ctx);
          await this.store.crashPoint("object_saved");
          return result;
        } finally {
          await this.rearm(ctx);
        }
      }),
    );
    this.queue = run;
    return run;
  }

  private async rearm(ctx: CoreContext): Promise<void> {
    // A transition still pending (D1 failed while writing or recovering) is tried again soon.
    await this.store.schedule.rearm(ctx.clock, this.store.pending() ? Date.now() + RECOVERY_DELAY_MS : Infinity);
  }
}

interface StoredClock {
  noticeId: string;
  state: NoticeState;
}

/** The clock's state in the object's key-value storage, its due work in the scheduler's table. */
class StorageClockStore implements NoticeClockStore {
  private readonly storage: DurableObjectStorage;
  readonly schedule: DueWorkSchedule<DueKind>;

  constructor(
    private readonly object: DurableObjectState,
    private readonly devTools: boolean,
  ) {
    this.storage = object.storage;
    this.schedule = new DueWorkSchedule(object.storage, parseDueKind);
  }

  load(): StoredClock | undefined {
    return this.storage.kv.get<StoredClock>("clock");
  }

  async begin(pending: PendingTransition): Promise<void> {
    this.storage.kv.put<PendingTransition>("pending", pending);
    await this.schedule.armBy(Date.now() + RECOVERY_DELAY_MS);
    // Durable before D1 is written: a crash after the D1 write must find the intent.
    await this.storage.sync();
  }

  pending(): PendingTransition | undefined {
    return this.storage.kv.get<PendingTransition>("pending");
  }

  abandon(): void {
    this.storage.kv.delete("pending");
  }

  async crashPoint(point: CrashPoint): Promise<void> {
    if (!this.devTools || this.storage.kv.get<CrashPoint>("crash_at") !== point) return;
    this.storage.kv.delete("crash_at");
    await this.storage.sync();
    // Resets the object as a killed process would (and throws): what is not yet durable is lost,
    // nothing after it runs.
    this.object.abort(`crash point ${point}`);
  }

  save(noticeId: string, state: NoticeState, effects: NoticeEffect[]): void {
    this.storage.transactionSync(() => {
      this.storage.kv.put<StoredClock>("clock", { noticeId, state });
      this.storage.kv.delete("pending");
      for (const effect of effects) {
        if (effect.type === "schedule") this.schedule.schedule(effect.kind, effect.at);
        else if (effect.type === "cancel") this.schedule.cancel(effect.kind);
      }
    });
  }

  runDue(now: () => number, step: (work: DueWork<DueKind>) => Promise<void>) {
    return this.schedule.runDue(now, step, "notice clock");
  }
}
