import type { CoreContext } from "../core/context";
import { closeObjectionWindow } from "./close-objection-window";
import { loadPublished, type DueWork, type NoticeClockStore } from "./commit-notice-transition";
import { deliverPendingEmails } from "./deliver-emails";
import { grantTerminationRight } from "./grant-termination-right";
import { takeEffect } from "./take-effect";

/** Without a provider hint, unsent notice emails are tried again after this long. */
const DEFAULT_DELIVERY_RETRY_MS = 60_000;
/** A failed step waits this long per attempt so far, up to an hour. */
const STEP_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;

/**
 * Runs every step that has fallen due, earliest first. A step that throws stays in the table, later,
 * and the rest still run; a step that succeeds is deleted. Steps are idempotent, because alarms are
 * at-least-once and a crash may replay a step whose D1 write already landed.
 */
export async function runDueWork(ctx: CoreContext, store: NoticeClockStore): Promise<{ ran: number; failed: number }> {
  let ran = 0;
  let failed = 0;
  for (const work of store.due(ctx.clock.now())) {
    try {
      await runStep(ctx, store, work);
      store.finish(work);
      ran++;
    } catch (error) {
      failed++;
      console.error(`notice clock step ${work.kind} failed (attempt ${work.attempts + 1})`, error);
      store.postpone(work, ctx.clock.now() + Math.min(STEP_BACKOFF_MS * (work.attempts + 1), MAX_BACKOFF_MS));
    }
  }
  return { ran, failed };
}

async function runStep(ctx: CoreContext, store: NoticeClockStore, work: DueWork): Promise<void> {
  if (work.kind === "close_window") return closeObjectionWindow(ctx, store);
  if (work.kind === "take_effect") return takeEffect(ctx, store);
  if (work.kind === "deliver") return deliverNoticeEmails(ctx, store);
  return grantTerminationRight(ctx, store, work.kind.slice("resolution:".length));
}

/** Sends what this notice owes; while some remain, comes back when the sender suggests. */
async function deliverNoticeEmails(ctx: CoreContext, store: NoticeClockStore): Promise<void> {
  const { noticeId, state } = loadPublished(store);
  const { pending, retryAfterMs } = await deliverPendingEmails(ctx, { noticeId });
  if (pending > 0) {
    store.save(noticeId, state, [{ type: "schedule", kind: "deliver", at: ctx.clock.now() + (retryAfterMs ?? DEFAULT_DELIVERY_RETRY_MS) }]);
  }
}
