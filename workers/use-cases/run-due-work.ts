import type { CoreContext } from "../core/context";
import type { DueKind } from "../domain/notice";
import type { DueWork } from "../objects/due-work";
import { closeObjectionWindow } from "./close-objection-window";
import { loadPublished } from "./commit-notice-transition";
import { deliverPendingEmails } from "./deliver-emails";
import { grantTerminationRight } from "./grant-termination-right";
import type { NoticeClockStore } from "./notice-clock-store";
import { takeEffect } from "./take-effect";

/** Without a provider hint, unsent notice emails are tried again after this long. */
const DEFAULT_DELIVERY_RETRY_MS = 60_000;

/**
 * Runs every step of the notice's clock that has fallen due, earliest first; the scheduler keeps
 * a failed step for later and runs the rest.
 */
export async function runDueWork(ctx: CoreContext, store: NoticeClockStore): Promise<{ ran: number; failed: number }> {
  return store.runDue(() => ctx.clock.now(), (work) => runStep(ctx, store, work));
}

async function runStep(ctx: CoreContext, store: NoticeClockStore, work: DueWork<DueKind>): Promise<void> {
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
