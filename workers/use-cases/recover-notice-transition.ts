import { findNotice, type NoticeRow } from "@/db/queries/notices";
import { listNoticeObjections, type ObjectionRow } from "@/db/queries/objections";
import type { CoreContext } from "../core/context";
import type { NoticeState } from "../domain/notice";
import { enqueueOwedEmails, noticeMirrorOf } from "./commit-notice-transition";
import type { NoticeClockStore } from "./notice-clock-store";
import { wakeNoticeWebhookSenders } from "./owe-notice-webhooks";

/**
 * Finishes or forgets a transition a crash interrupted, before the object does anything else.
 * D1 decides: if its rows say what the transition wrote (the mirror and every objection's
 * status, all from one batch), the batch landed, so the emails are owed again (idempotent keys),
 * the senders of the webhook events the batch owed are woken, and the object saves the state and
 * its due work; otherwise nothing landed and the object keeps its previous state, so the action
 * can simply be tried again.
 */
export async function recoverNoticeTransition(ctx: CoreContext, store: NoticeClockStore): Promise<void> {
  const pending = store.pending();
  if (!pending) return;
  const notice = await findNotice(ctx.db, pending.noticeId);
  const objections = notice ? await listNoticeObjections(ctx.db, pending.noticeId) : [];
  if (!notice || !landed(notice, objections, pending.state)) {
    store.abandon();
    return;
  }
  await enqueueOwedEmails(ctx, notice, pending.effects);
  // The batch that landed owed the webhook events too; their senders may never have been woken.
  await wakeNoticeWebhookSenders(ctx, pending.noticeId, pending.effects);
  store.save(pending.noticeId, pending.state, pending.effects);
}

function landed(notice: NoticeRow, objections: ObjectionRow[], state: NoticeState): boolean {
  const mirror = noticeMirrorOf(state);
  const sameNotice = (Object.keys(mirror) as (keyof typeof mirror)[]).every((field) => notice[field] === mirror[field]);
  const statusById = new Map(objections.map((objection) => [objection.id, objection.status]));
  return sameNotice && Object.entries(state.objections).every(([id, objection]) => statusById.get(id) === objection.status);
}
