import type { DueKind, NoticeEffect, NoticeState } from "../domain/notice";
import type { DueWork } from "../objects/due-work";

/**
 * A transition whose D1 write may or may not have landed: what the object will become once it has.
 * Plain data, so it survives in the object's storage across a crash.
 */
export interface PendingTransition {
  noticeId: string;
  state: NoticeState;
  effects: NoticeEffect[];
}

/**
 * The boundaries between a transition's steps, where a local run or a test can make the object
 * crash (NoticeClockStore.crashPoint): the intent is stored, then D1 is written, then the emails
 * are owed, then the object saves, then it re-arms its alarm.
 */
export const crashPoints = ["intent_recorded", "d1_written", "emails_owed", "object_saved"] as const;
export type CrashPoint = (typeof crashPoints)[number];

/**
 * The NoticeClock's own storage, as the use cases see it. Only the Durable Object implements it,
 * so every caller is already serialised by the object.
 */
export interface NoticeClockStore {
  /** The notice this object keeps, and its state; undefined until it is published. */
  load(): { noticeId: string; state: NoticeState } | undefined;
  /**
   * Stores the new state and applies schedule/cancel effects to the due-work table, atomically;
   * a pending transition is done with.
   */
  save(noticeId: string, state: NoticeState, effects: NoticeEffect[]): void;
  /**
   * Before a transition writes D1: keeps it as pending, durably, and arms the alarm soon, so
   * that if the process dies before save() the next call or that alarm completes it.
   */
  begin(pending: PendingTransition): Promise<void>;
  /** The transition begun and not yet saved, if any. */
  pending(): PendingTransition | undefined;
  /** Forgets the pending transition: D1 shows it never landed. */
  abandon(): void;
  /** Local runs and tests only: stops the object dead here if a crash was asked for at this point. */
  crashPoint(point: CrashPoint): Promise<void>;
  /** Runs every due step through the object's scheduler (workers/objects/due-work.ts). */
  runDue(now: () => number, step: (work: DueWork<DueKind>) => Promise<void>): Promise<{ ran: number; failed: number }>;
}
