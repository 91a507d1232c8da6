import { DurableObject } from "cloudflare:workers";
import { createContext, type CoreContext } from "../core/context";
import { parseDueKind, type NoticeEffect, type NoticeState, type Remedy } from "../domain/notice";
import { toResult, type Result } from "../errors";
import type { DueWork, NoticeClockStore } from "../use-cases/commit-notice-transition";
import { publishNotice } from "../use-cases/publish-notice";
import { recordObjection, type ObjectionSubmission } from "../use-cases/record-objection";
import { resolveObjection } from "../use-cases/resolve-objection";
import { runDueWork } from "../use-cases/run-due-work";
import { withdrawNotice } from "../use-cases/withdraw-notice";

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
    ctx.storage.sql.exec(
      "create table if not exists due_work (kind text primary key, due_at integer not null, attempts integer not null default 0)",
    );
    this.store = new StorageClockStore(ctx.storage);
  }

  publish(input: { noticeId: string; effectiveAt?: number; actor: string }) {
    return this.serialised((ctx) => publishNotice(ctx, this.store, input));
  }

  withdraw(input: { actor: string; reason: string }) {
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
      return { noticeId: stored?.noticeId ?? null, state: stored?.state ?? null, due: this.store.due(Number.MAX_SAFE_INTEGER) };
    });
  }

  override async alarm(): Promise<void> {
    const result = await this.serialised((ctx) => runDueWork(ctx, this.store));
    // Only a failure outside the steps (e.g. D1 unreachable for the clock) gets here; throwing
    // makes the runtime retry the alarm with backoff.
    if (!result.ok) throw new Error(`notice clock alarm failed: ${result.error.code}`);
  }

  /** Runs one piece of work at a time, then re-arms the alarm to the earliest due row. */
  private serialised<T>(work: (ctx: CoreContext) => Promise<T>): Promise<Result<T>> {
    const run = this.queue.then(() =>
      toResult(async () => {
        const ctx = await createContext(this.env);
        try {
          return await work(ctx);
        } finally {
          await this.rearm(ctx);
        }
      }),
    );
    this.queue = run;
    return run;
  }

  private async rearm(ctx: CoreContext): Promise<void> {
    const next = this.store.nextDueAt();
    if (next === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(ctx.clock.toRealTime(next));
  }
}

interface StoredClock {
  noticeId: string;
  state: NoticeState;
}

/** The clock's state in the object's key-value storage, its due work in a SQLite table. */
class StorageClockStore implements NoticeClockStore {
  constructor(private readonly storage: DurableObjectStorage) {}

  load(): StoredClock | undefined {
    return this.storage.kv.get<StoredClock>("clock");
  }

  save(noticeId: string, state: NoticeState, effects: NoticeEffect[]): void {
    this.storage.transactionSync(() => {
      this.storage.kv.put<StoredClock>("clock", { noticeId, state });
      for (const effect of effects) {
        if (effect.type === "schedule") {
          this.storage.sql.exec(
            "insert into due_work (kind, due_at, attempts) values (?, ?, 0) on conflict (kind) do update set due_at = excluded.due_at, attempts = 0",
            effect.kind,
            effect.at,
          );
        } else if (effect.type === "cancel") {
          this.storage.sql.exec("delete from due_work where kind = ?", effect.kind);
        }
      }
    });
  }

  due(until: number): DueWork[] {
    const rows = this.storage.sql
      .exec<{ kind: string; due_at: number; attempts: number }>(
        "select kind, due_at, attempts from due_work where due_at <= ? order by due_at, kind",
        until,
      )
      .toArray();
    return rows.flatMap((row) => {
      const kind = parseDueKind(row.kind);
      return kind ? [{ kind, dueAt: row.due_at, attempts: row.attempts }] : [];
    });
  }

  finish(work: DueWork): void {
    this.storage.sql.exec("delete from due_work where kind = ? and due_at = ?", work.kind, work.dueAt);
  }

  postpone(work: DueWork, at: number): void {
    this.storage.sql.exec("update due_work set due_at = ?, attempts = attempts + 1 where kind = ? and due_at = ?", at, work.kind, work.dueAt);
  }

  nextDueAt(): number | null {
    return this.storage.sql.exec<{ next: number | null }>("select min(due_at) as next from due_work").one().next;
  }
}
