import { findNotice, noticePeriodsOf } from "@/db/queries/notices";
import { findSubprocessor } from "@/db/queries/subprocessors";
import { verifyToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import { objectionWindowOpen } from "../domain/notice";
import { AppError } from "../errors";

/** The email an objection link was sent to (and the notice contact it was made for, if any), after checking the link was made for this notice. */
export async function checkObjectionLink(ctx: CoreContext, token: string, noticeId: string): Promise<{ email: string; contactId: string | null }> {
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "object", token, ctx.clock.now());
  if (claims.ctx.noticeId !== noticeId) throw new AppError("token_wrong_purpose");
  // A notice contact's link names the contact, whose organisation the objection binds.
  return { email: claims.sub, contactId: claims.ctx.contactId ?? null };
}

/** What the public objection form shows: the change, its dates, and whether objections are still accepted. */
export async function showObjectionForm(ctx: CoreContext, input: { noticeId: string; token?: string }) {
  const notice = await findNotice(ctx.db, input.noticeId);
  if (!notice || notice.status === "draft") throw new AppError("not_found");
  const prefillEmail = input.token ? (await checkObjectionLink(ctx, input.token, notice.id)).email : undefined;
  const now = ctx.clock.now();
  const proposedName = typeof notice.proposed.name === "string" ? notice.proposed.name : undefined;
  const subprocessorName = proposedName ?? (await findSubprocessor(ctx.db, notice.subprocessorId))?.name ?? notice.subprocessorId;
  return {
    notice: {
      id: notice.id,
      changeKind: notice.changeKind,
      subprocessorName,
      reason: notice.reason,
      publishedAt: notice.publishedAt,
      objectionDeadline: notice.objectionDeadline,
      effectiveAt: notice.effectiveAt,
      status: notice.status,
      periods: noticePeriodsOf(notice),
    },
    // The read model's answer; the notice's clock makes the binding decision when an objection arrives.
    windowOpen: objectionWindowOpen(notice, now),
    now,
    ...(prefillEmail ? { prefillEmail } : {}),
  };
}
