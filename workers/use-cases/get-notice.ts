import { findNotice, listNoticeDeliveries } from "../../db/queries/notices";
import { listNoticeObjections } from "../../db/queries/objections";
import { findSubprocessor } from "../../db/queries/subprocessors";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/** One notice for the admin: its change, its objections and every email it caused. */
export async function getNotice(ctx: CoreContext, noticeId: string) {
  const notice = await findNotice(ctx.db, noticeId);
  if (!notice) throw new AppError("not_found");
  const [objections, deliveries, current] = await Promise.all([
    listNoticeObjections(ctx.db, noticeId),
    listNoticeDeliveries(ctx.db, noticeId),
    findSubprocessor(ctx.db, notice.subprocessorId),
  ]);
  return { notice, current: current ?? null, objections, deliveries, now: ctx.clock.now() };
}
