import { setWithdrawalReason } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { clockSummary, commitNoticeTransition, transitionOrRefuse, loadPublished } from "./commit-notice-transition";
import type { NoticeClockStore } from "./notice-clock-store";

/** Withdraws a published change before it takes effect; open objections end with change_withdrawn. */
export async function withdrawNotice(ctx: CoreContext, store: NoticeClockStore, input: { actor: string; reason: string; reasonFr?: string }) {
  const { noticeId, state: before } = loadPublished(store);
  const { state, effects } = transitionOrRefuse(before, { type: "withdraw" }, ctx.clock.now());
  await commitNoticeTransition(ctx, store, {
    noticeId,
    actor: input.actor,
    before,
    state,
    effects,
    statements: [setWithdrawalReason(ctx.db, noticeId, input.reason, input.reasonFr ?? null)],
    details: { reason: input.reason, reasonFrench: input.reasonFr ?? null },
    resolution: { resolvedBy: input.actor, resolutionNote: input.reason },
  });
  return clockSummary(noticeId, state);
}
