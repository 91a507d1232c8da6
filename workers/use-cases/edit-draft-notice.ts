import { writeWithEvidence } from "@/db/queries/evidence";
import { abortBatchUnlessChanged, findNotice, rewriteDraft } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";
import { checkDraft, type Draft } from "./checked-draft";

/**
 * Rewrites a draft notice with the same checks as a new one. The evidence entry keeps what it
 * said before and after, so the log shows every version of the text that was published.
 */
export async function editDraftNotice(ctx: CoreContext, noticeId: string, draft: Draft, actor: string): Promise<{ noticeId: string }> {
  const before = await findNotice(ctx.db, noticeId);
  if (!before) throw new AppError("not_found");
  if (before.status !== "draft") throw new AppError("notice_not_draft");
  const { subprocessorId, proposed, proposedFrench, reasonFrench } = await checkDraft(ctx, draft, noticeId);
  const now = ctx.clock.now();
  const after = { changeKind: draft.changeKind, subprocessorId, proposed, reason: draft.reason, proposedFrench, reasonFrench };
  // The rewrite is conditional on the row still being a draft (one statement): a publication
  // that lands between the check above and this batch keeps the notice as it was published, and
  // the whole batch, evidence included, fails instead of recording an edit that did not happen.
  try {
    await writeWithEvidence(
      ctx.db,
      [rewriteDraft(ctx.db, noticeId, after, now), abortBatchUnlessChanged(ctx.db)],
      [{ at: now, kind: "notice.draft_edited", ref: noticeId, actor, payload: { before: { changeKind: before.changeKind, subprocessorId: before.subprocessorId, proposed: before.proposed, reason: before.reason, proposedFrench: before.proposedFrench, reasonFrench: before.reasonFrench }, after } }],
    );
  } catch (error) {
    // The row, not the error's text, says what happened: published (409) or deleted (404) meanwhile.
    const current = await findNotice(ctx.db, noticeId);
    if (!current) throw new AppError("not_found");
    if (current.status !== "draft") throw new AppError("notice_not_draft");
    throw error;
  }
  return { noticeId };
}
