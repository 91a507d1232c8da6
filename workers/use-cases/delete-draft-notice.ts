import { writeWithEvidence } from "@/db/queries/evidence";
import { deleteDraft, findNotice } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/**
 * Deletes a draft nobody outside the vendor has seen. The evidence entry keeps its text, so the
 * log still accounts for the notice id the draft was given; a published notice is never deleted.
 */
export async function deleteDraftNotice(ctx: CoreContext, noticeId: string, actor: string): Promise<{ noticeId: string }> {
  const draft = await findNotice(ctx.db, noticeId);
  if (!draft) throw new AppError("not_found");
  if (draft.status !== "draft") throw new AppError("notice_not_draft");
  const now = ctx.clock.now();
  await writeWithEvidence(
    ctx.db,
    [deleteDraft(ctx.db, noticeId)],
    [{ at: now, kind: "notice.draft_deleted", ref: noticeId, actor, payload: { changeKind: draft.changeKind, subprocessorId: draft.subprocessorId, proposed: draft.proposed, reason: draft.reason } }],
  );
  return { noticeId };
}
