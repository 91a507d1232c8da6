/**
 * A Durable Object's due work (STYLE §3): one SQLite table of (kind, due at, attempts) in the
 * object's own storage and the one alarm that serves it. Both objects (NoticeClock, RoomBoard)
 * schedule, run and re-arm through this, so backoff and re-arming are written once.
 *
 * Times in the table are application times (the dev clock may run ahead of real time); the alarm
 * is armed at the real time the caller's clock converts them to.
 */
import type { AppClock } from "../core/clock";

export interface DueWork<K extends string = string> {
  kind: K;
  dueAt: number;
  attempts: number;
}

/**
 * What `schedule` does when the kind is already in the table: `replace` moves it (and forgets past
 * failures), `earlier` moves it only if that is sooner, `keep` leaves it where it is.
 */
export type WhenScheduled = "replace" | "earlier" | "keep";

/** A failed step waits this long per attempt so far, up to an hour. */
const STEP_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;
/**
 * How far the clock offset a caller reports may drift before the alarm is moved for it alone. A
 * heartbeat's reading of the application clock is late by however long it queued (seconds in a
 * burst of a thousand), while a dev clock move is minutes or days; and each setAlarm is a write.
 */
const OFFSET_TOLERANCE_MS = 60_000;

/** How long a step that failed `attempts` times before waits before it runs again. */
export function backoffAfter(attempts: number): number {
  return Math.min(STEP_BACKOFF_MS * (attempts + 1), MAX_BACKOFF_MS);
}

export class DueWorkSchedule<K extends string> {
  /** What the alarm was last armed for by this instance; null: none armed; undefined: unknown. */
  private armed: { next: number | null; soonest: number; offsetMs: number } | null | undefined;
  /**
   * The table's earliest due time as last read, undefined once this object writes to it: every
   * heartbeat re-arms, and most change nothing here, so most re-arms need no query.
   */
  private earliest: number | null | undefined;

  constructor(
    private readonly storage: DurableObjectStorage,
    /** Rows whose kind this object no longer knows are skipped, not run. */
    private readonly parseKind: (kind: string) => K | null,
  ) {
    storage.sql.exec("create table if not exists due_work (kind text primary key, due_at integer not null, attempts integer not null default 0)");
  }

  /** Puts `kind` in the table at `at`; see WhenScheduled for a kind already there. Returns the rows it wrote. */
  schedule(kind: K, at: number, when: WhenScheduled = "replace"): number {
    const onConflict = {
      replace: "do update set due_at = excluded.due_at, attempts = 0",
      earlier: "do update set due_at = min(due_at, excluded.due_at)",
      keep: "do nothing",
    }[when];
    const written = this.storage.sql.exec(`insert into due_work (kind, due_at, attempts) values (?, ?, 0) on conflict (kind) ${onConflict}`, kind, at).rowsWritten;
    if (written > 0) this.earliest = undefined;
    return written;
  }

  /** When `kind` is due, or null when it is not in the table. */
  dueAtOf(kind: K): number | null {
    return this.storage.sql.exec<{ due_at: number }>("select due_at from due_work where kind = ?", kind).toArray()[0]?.due_at ?? null;
  }

  cancel(kind: K): void {
    this.earliest = undefined;
    this.storage.sql.exec("delete from due_work where kind = ?", kind);
  }

  /** Rows due at or before `until`, earliest first. */
  due(until: number = Number.MAX_SAFE_INTEGER): DueWork<K>[] {
    const rows = this.storage.sql
      .exec<{ kind: string; due_at: number; attempts: number }>("select kind, due_at, attempts from due_work where due_at <= ? order by due_at, kind", until)
      .toArray();
    return rows.flatMap((row) => {
      const kind = this.parseKind(row.kind);
      return kind === null ? [] : [{ kind, dueAt: row.due_at, attempts: row.attempts }];
    });
  }

  /**
   * Runs every row due now, earliest first. A step that succeeds is deleted, unless it scheduled
   * its kind again for another time; one that throws stays, later by backoffAfter, and the rest
   * still run. Steps must be idempotent: alarms are at-least-once, and a crash may replay a step.
   */
  async runDue(now: () => number, step: (work: DueWork<K>) => Promise<void>, label: string): Promise<{ ran: number; failed: number }> {
    let ran = 0;
    let failed = 0;
    for (const work of this.due(now())) {
      try {
        await step(work);
        this.earliest = undefined;
        this.storage.sql.exec("delete from due_work where kind = ? and due_at = ?", work.kind, work.dueAt);
        ran++;
      } catch (error) {
        failed++;
        console.error(`${label} step ${work.kind} failed (attempt ${work.attempts + 1})`, error);
        this.earliest = undefined;
        this.storage.sql.exec(
          "update due_work set due_at = ?, attempts = attempts + 1 where kind = ? and due_at = ?",
          now() + backoffAfter(work.attempts),
          work.kind,
          work.dueAt,
        );
      }
    }
    return { ran, failed };
  }

  nextDueAt(): number | null {
    if (this.earliest === undefined) this.earliest = this.storage.sql.exec<{ next: number | null }>("select min(due_at) as next from due_work").one().next;
    return this.earliest;
  }

  /**
   * Arms the one alarm for the earliest row, at the real time the application clock gives for it,
   * or for `soonest` (a real time) if that comes first; deletes it when there is nothing to wait
   * for. Left alone when that moment has not changed (heartbeats re-arm often).
   */
  async rearm(clock: Pick<AppClock, "offsetMs" | "toRealTime">, soonest: number = Infinity): Promise<void> {
    const next = this.nextDueAt();
    const armed = this.armed;
    if (armed && armed.next === next && armed.soonest === soonest && Math.abs(armed.offsetMs - clock.offsetMs) < OFFSET_TOLERANCE_MS) return;
    const at = Math.min(next === null ? Infinity : clock.toRealTime(next), soonest);
    // Noted before awaiting, so that calls arriving meanwhile (a burst of heartbeats) see it.
    this.armed = at === Infinity ? null : { next, soonest, offsetMs: clock.offsetMs };
    if (at !== Infinity) await this.storage.setAlarm(at);
    else if (armed !== null) await this.storage.deleteAlarm();
  }

  /** Makes sure the alarm fires by `realAt` at the latest (e.g. to finish an interrupted transition). */
  async armBy(realAt: number): Promise<void> {
    const alarm = await this.storage.getAlarm();
    if (alarm !== null && alarm <= realAt) return;
    // Whatever the table says, the alarm is now this one: the next rearm must look again.
    this.armed = undefined;
    await this.storage.setAlarm(realAt);
  }

  /** The alarm fired, so none is armed until the next rearm. */
  alarmFired(): void {
    this.armed = null;
  }
}
