import { readEmailHold } from "@/db/queries/emails";
import { countNoticeDeliveries, findNotice, listNoticeDeliveries, noticePeriodsOf } from "@/db/queries/notices";
import { listNoticeObjections } from "@/db/queries/objections";
import { findSubprocessor } from "@/db/queries/subprocessors";
import type { CoreContext } from "../core/context";
import { proposedEffectiveAt } from "../domain/notice-periods";
import { AppError } from "../errors";
import { periodsInForce } from "./get-contract-periods";

/** A page, not a mailing list: every email stays in the evidence log. */
export const DELIVERIES_SHOWN = 200;

/**
 * One notice for the admin: its change, its objections, how its emails are going and the ones to
 * look at, and what holds all sending back, if anything does (a refused key, a quota, a rate limit).
 */
export async function getNotice(ctx: CoreContext, noticeId: string) {
  const notice = await findNotice(ctx.db, noticeId);
  if (!notice) throw new AppError("not_found");
  const [objections, deliveries, deliveryCounts, current, emailHold] = await Promise.all([
    listNoticeObjections(ctx.db, noticeId),
    listNoticeDeliveries(ctx.db, noticeId, DELIVERIES_SHOWN),
    countNoticeDeliveries(ctx.db, noticeId),
    findSubprocessor(ctx.db, notice.subprocessorId),
    readEmailHold(ctx.db),
  ]);
  const now = ctx.clock.now();
  // A draft will run on the periods in force when it is published; a published notice on its own.
  const periods = notice.status === "draft" ? await periodsInForce(ctx) : noticePeriodsOf(notice);
  const proposedEffective = notice.status === "draft" ? proposedEffectiveAt(now, periods) : null;
  return { notice, current: current ?? null, objections, deliveries, deliveryCounts, emailHold, now, periods, proposedEffectiveAt: proposedEffective };
}
