import type { CoreContext } from "../core/context";
import { commitNoticeTransition, transitionOrRefuse, loadPublished } from "./commit-notice-transition";
import type { NoticeClockStore } from "./notice-clock-store";

/** Due work at the objection deadline: from now on objections are refused. */
export async function closeObjectionWindow(ctx: CoreContext, store: NoticeClockStore): Promise<void> {
  const { noticeId, state: before } = loadPublished(store);
  const { state, effects } = transitionOrRefuse(before, { type: "closeWindow" }, ctx.clock.now());
  await commitNoticeTransition(ctx, store, { noticeId, actor: "system", before, state, effects });
}
