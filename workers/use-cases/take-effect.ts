import type { CoreContext } from "../core/context";
import { commitNoticeTransition, transitionOrRefuse, loadPublished } from "./commit-notice-transition";
import type { NoticeClockStore } from "./notice-clock-store";
import { signCheckpointAfter } from "./sign-checkpoint";

/** Due work at the effective date: the change goes onto the public list, unless it was withdrawn. */
export async function takeEffect(ctx: CoreContext, store: NoticeClockStore): Promise<void> {
  const { noticeId, state: before } = loadPublished(store);
  const { state, effects } = transitionOrRefuse(before, { type: "takeEffect" }, ctx.clock.now());
  await commitNoticeTransition(ctx, store, { noticeId, actor: "system", before, state, effects });
  await signCheckpointAfter(ctx, "a change taking effect");
}
