import { findNotice } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { draftState } from "../domain/notice";
import { AppError } from "../errors";
import { clockSummary, commitNoticeTransition, transitionOrRefuse } from "./commit-notice-transition";
import { periodsInForce } from "./get-contract-periods";
import type { NoticeClockStore } from "./notice-clock-store";
import { signCheckpointAfter } from "./sign-checkpoint";

/**
 * Starts a notice's clock on the periods in force now (by default 15 days to object, at least 30
 * until the change takes effect); the notice keeps them, whatever the settings say later.
 */
export async function publishNotice(
  ctx: CoreContext,
  store: NoticeClockStore,
  input: { noticeId: string; effectiveAt?: number; actor: string },
) {
  const stored = store.load();
  if (stored && stored.noticeId !== input.noticeId) throw new AppError("notice_conflict");
  const notice = await findNotice(ctx.db, input.noticeId);
  if (!notice) throw new AppError("not_found");
  // A notice this object has never seen must still be a draft in the read model.
  const before = stored?.state ?? (notice.status === "draft" ? draftState() : undefined);
  if (!before) throw new AppError("notice_not_draft");
  const periods = await periodsInForce(ctx);
  const { state, effects } = transitionOrRefuse(before, { type: "publish", periods, effectiveAt: input.effectiveAt }, ctx.clock.now());
  await commitNoticeTransition(ctx, store, { noticeId: input.noticeId, actor: input.actor, before, state, effects });
  await signCheckpointAfter(ctx, "a publication");
  return clockSummary(input.noticeId, state);
}
