import type { BatchItem } from "drizzle-orm/batch";
import type { NoticeRow } from "@/db/queries/notices";
import { findSubprocessor } from "@/db/queries/subprocessors";
import { endpointsOwingEvents, oweWebhookEvent } from "@/db/queries/webhooks";
import type { WebhookEventType } from "@/db/schema";
import type { CoreContext } from "../core/context";
import type { NoticeEffect, NoticeEvidenceKind } from "../domain/notice";
import { webhookSender } from "../objects/webhook-sender";

/** The transitions vendor-risk tools hear of: each is recorded as evidence, and owes this event. */
const eventOfRecord: Partial<Record<NoticeEvidenceKind, WebhookEventType>> = {
  "notice.published": "notice.published",
  "notice.window_closed": "objection.window_closed",
  "notice.effective": "change.effective",
  "notice.withdrawn": "notice.withdrawn",
};

/** The webhook events a transition's effects owe, by their ids ("<type>:<notice id>", the same however often it runs). */
function noticeWebhookEvents(noticeId: string, effects: NoticeEffect[]): { type: WebhookEventType; id: string }[] {
  return effects.flatMap((effect) => {
    const type = effect.type === "record" && !effect.objectionId ? eventOfRecord[effect.kind] : undefined;
    return type ? [{ type, id: `${type}:${noticeId}` }] : [];
  });
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The statements that owe a transition's webhook events to every endpoint subscribed to them, for
 * the transition's own D1 batch (commitNoticeTransition), so an event is owed exactly when its
 * transition landed, even if the object dies right after. `notice` is the row as the transition
 * leaves it. The body is built once, so every endpoint and every retry gets the same bytes
 * (docs/webhooks.md documents it; its fields and ids are those of /subprocessors.json).
 */
export async function oweNoticeWebhooks(ctx: CoreContext, notice: NoticeRow, effects: NoticeEffect[], now: number): Promise<BatchItem<"sqlite">[]> {
  const events = noticeWebhookEvents(notice.id, effects);
  if (events.length === 0) return [];
  const subprocessor = await findSubprocessor(ctx.db, notice.subprocessorId);
  const proposedName = typeof notice.proposed.name === "string" ? notice.proposed.name : undefined;
  const origin = ctx.config.APP_ORIGIN;
  return events.map(({ type, id }) => {
    const effective = type === "change.effective";
    const body = JSON.stringify({
      type,
      timestamp: iso(now),
      data: {
        noticeId: notice.id,
        changeKind: notice.changeKind,
        subprocessorId: notice.subprocessorId,
        subprocessorName: proposedName ?? subprocessor?.name ?? null,
        status: notice.status,
        publishedAt: iso(notice.publishedAt),
        objectionDeadline: iso(notice.objectionDeadline),
        effectiveAt: iso(notice.effectiveAt),
        withdrawnAt: iso(notice.withdrawnAt),
        // Written by the same batch (the withdrawal's reason, the version the change made): the statement reads them in.
        withdrawalReason: null,
        url: `${origin}/subprocessors/notices/${encodeURIComponent(notice.id)}`,
        ...(effective ? { version: null, versionUrl: null } : {}),
      },
    });
    return oweWebhookEvent(ctx.db, { id, type, noticeId: notice.id, body, ...(effective ? { versionsUrl: `${origin}/subprocessors/versions` } : {}) }, now);
  });
}

/**
 * After the batch: wakes the senders of the endpoints a transition's events are owed to. It never
 * throws: the events are in D1 already, and if a sender cannot be reached now the core's cron
 * wakes it (wakeWebhookSenders), so a webhook problem can never fail or repeat a notice's step.
 */
export async function wakeNoticeWebhookSenders(ctx: CoreContext, noticeId: string, effects: NoticeEffect[]): Promise<void> {
  try {
    const endpointIds = await endpointsOwingEvents(ctx.db, noticeWebhookEvents(noticeId, effects).map((event) => event.id));
    await Promise.all(endpointIds.map((endpointId) => webhookSender(ctx.env, endpointId).wake({ endpointId })));
  } catch (error) {
    console.error(`the webhook senders of ${noticeId} could not be woken; the cron will`, error);
  }
}
