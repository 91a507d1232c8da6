import { countDeliveriesByNotice, countObjectionsByNotice, listNotices as listNoticeRows } from "../../db/queries/notices";
import type { CoreContext } from "../core/context";

type Counts = Record<string, number>;

/** Every notice, newest first, with how its emails and objections stand. */
export async function listNotices(ctx: CoreContext) {
  const [rows, deliveries, objections] = await Promise.all([
    listNoticeRows(ctx.db),
    countDeliveriesByNotice(ctx.db),
    countObjectionsByNotice(ctx.db),
  ]);
  const tally = (counts: { noticeId: string | null; status: string; count: number }[]) => {
    const byNotice = new Map<string, Counts>();
    for (const { noticeId, status, count } of counts) {
      if (!noticeId) continue;
      byNotice.set(noticeId, { ...byNotice.get(noticeId), [status]: count });
    }
    return byNotice;
  };
  const deliveriesByNotice = tally(deliveries);
  const objectionsByNotice = tally(objections);
  return rows.map((notice) => ({
    ...notice,
    deliveries: { pending: 0, sent: 0, failed: 0, ...deliveriesByNotice.get(notice.id) },
    objections: { open: 0, resolved: 0, termination_right: 0, ...objectionsByNotice.get(notice.id) },
  }));
}
