import { findNotice } from "@/db/queries/notices";
import type { AdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError, orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";

/** A vendor admin withdraws a published change: the notice's clock runs it (withdraw-notice.ts). */
export async function askClockToWithdraw(ctx: CoreContext, admin: AdminIdentity, input: { noticeId: string; reason: string; reasonFr?: string }) {
  if (!(await findNotice(ctx.db, input.noticeId))) throw new AppError("not_found");
  return orThrow(await noticeClock(ctx.env, input.noticeId).withdraw({ actor: admin.email, reason: input.reason, reasonFr: input.reasonFr }));
}
