import type { CoreContext } from "../core/context";
import { commitNoticeTransition, transitionOrRefuse, loadPublished } from "./commit-notice-transition";
import type { NoticeClockStore } from "./notice-clock-store";

/** Due work 30 days after an objection: if it is still open, either party may now terminate. */
export async function grantTerminationRight(ctx: CoreContext, store: NoticeClockStore, objectionId: string): Promise<void> {
  const { noticeId, state: before } = loadPublished(store);
  const { state, effects } = transitionOrRefuse(before, { type: "resolutionDeadline", objectionId }, ctx.clock.now());
  await commitNoticeTransition(ctx, store, { noticeId, actor: "system", before, state, effects });
}
