import { writeWithEvidence } from "@/db/queries/evidence";
import { insertNotice } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { newId } from "../ids";
import { checkDraft, type Draft } from "./checked-draft";

/** Saves a proposed change as a draft. Nothing is public, and no clock runs, until it is published. */
export async function draftNotice(ctx: CoreContext, input: Draft, actor: string): Promise<{ noticeId: string; subprocessorId: string }> {
  const now = ctx.clock.now();
  const { subprocessorId, proposed, proposedFrench, reasonFrench } = await checkDraft(ctx, input);
  const noticeId = newId("ntc");
  await writeWithEvidence(
    ctx.db,
    [
      insertNotice(ctx.db, {
        id: noticeId,
        changeKind: input.changeKind,
        subprocessorId,
        proposed,
        reason: input.reason,
        proposedFrench,
        reasonFrench,
        status: "draft",
        createdAt: now,
        createdBy: actor,
        updatedAt: now,
      }),
    ],
    [{ at: now, kind: "notice.drafted", ref: noticeId, actor, payload: { changeKind: input.changeKind, subprocessorId, proposed, reason: input.reason, proposedFrench, reasonFrench } }],
  );
  return { noticeId, subprocessorId };
}
