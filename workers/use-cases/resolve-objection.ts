import type { CoreContext } from "../core/context";
import type { Remedy } from "../domain/notice";
import { commitNoticeTransition, transitionOrRefuse, loadPublished } from "./commit-notice-transition";
import type { NoticeClockStore } from "./notice-clock-store";

/** Records how the vendor remedied an objection, before its 30 days run out. */
export async function resolveObjection(
  ctx: CoreContext,
  store: NoticeClockStore,
  input: { objectionId: string; remedy: Remedy; note: string; actor: string },
) {
  const { noticeId, state: before } = loadPublished(store);
  const { state, effects } = transitionOrRefuse(before, { type: "resolve", objectionId: input.objectionId, remedy: input.remedy }, ctx.clock.now());
  await commitNoticeTransition(ctx, store, {
    noticeId,
    actor: input.actor,
    before,
    state,
    effects,
    details: { remedy: input.remedy, note: input.note },
    resolution: { resolvedBy: input.actor, resolutionNote: input.note || null },
  });
  const objection = state.objections[input.objectionId]!;
  return { objectionId: input.objectionId, status: objection.status, remedy: input.remedy, resolvedAt: objection.closedAt ?? null };
}
