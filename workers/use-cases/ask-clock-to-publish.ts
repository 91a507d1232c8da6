import { findNotice } from "@/db/queries/notices";
import type { AdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError, orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";

/**
 * A vendor admin publishes a draft: the notice's own clock runs the transition (publish-notice.ts,
 * inside its Durable Object). An unknown id is refused here, so no object is ever made for it.
 */
export async function askClockToPublish(ctx: CoreContext, admin: AdminIdentity, input: { noticeId: string; effectiveAt?: number }) {
  if (!(await findNotice(ctx.db, input.noticeId))) throw new AppError("not_found");
  const { noticeId, effectiveAt } = input;
  return orThrow(await noticeClock(ctx.env, noticeId).publish({ noticeId, effectiveAt, actor: admin.email }));
}
