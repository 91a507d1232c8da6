import { findVersionOfNotice } from "@/db/queries/list-versions";
import { findNotice } from "@/db/queries/notices";
import { findSubprocessor } from "@/db/queries/subprocessors";
import { oweWebhookEvent } from "@/db/queries/webhooks";
import type { WebhookEventType } from "@/db/schema";
import type { CoreContext } from "../core/context";
import { webhookSender } from "../objects/webhook-sender";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Owes a notice's event to every endpoint subscribed to it and wakes their senders. The body is
 * built once, so every endpoint and every retry gets the same bytes (docs/webhooks.md documents
 * it; its fields and ids are those of /subprocessors.json). Called after the transition is
 * committed; it never throws, so a webhook problem can never undo or block a notice's clock — a
 * failure is logged, and the event is owed again if the transition runs again.
 */
export async function emitNoticeWebhook(ctx: CoreContext, type: WebhookEventType, noticeId: string): Promise<void> {
  try {
    const notice = await findNotice(ctx.db, noticeId);
    if (!notice) return;
    const [subprocessor, version] = await Promise.all([findSubprocessor(ctx.db, notice.subprocessorId), type === "change.effective" ? findVersionOfNotice(ctx.db, noticeId) : undefined]);
    const proposedName = typeof notice.proposed.name === "string" ? notice.proposed.name : undefined;
    const origin = ctx.config.APP_ORIGIN;
    const now = ctx.clock.now();
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
        withdrawalReason: notice.withdrawalReason,
        url: `${origin}/subprocessors/notices/${encodeURIComponent(notice.id)}`,
        ...(type === "change.effective" ? { version: version ?? null, versionUrl: version === undefined ? null : `${origin}/subprocessors/versions/${version}.json` } : {}),
      },
    });
    const endpointIds = await oweWebhookEvent(ctx.db, { id: `${type}:${notice.id}`, type, body }, now);
    await Promise.all(endpointIds.map((endpointId) => webhookSender(ctx.env, endpointId).wake({ endpointId })));
  } catch (error) {
    console.error(`webhook event ${type} for ${noticeId} could not be owed`, error);
  }
}
