import { countDeliveriesByNotice, countObjectionsByNotice, listNotices as listNoticeRows } from "@/db/queries/notices";
import { listAllSubprocessors } from "@/db/queries/public-list";
import type { CoreContext } from "../core/context";

type Counts = Record<string, number>;

/** Every notice, newest first, with the name it is about and how its emails and objections stand. */
export async function listNotices(ctx: CoreContext) {
  const [rows, deliveries, objections, subprocessors] = await Promise.all([
    listNoticeRows(ctx.db),
    countDeliveriesByNotice(ctx.db),
    countObjectionsByNotice(ctx.db),
    listAllSubprocessors(ctx.db),
  ]);
  const listedNames = new Map(subprocessors.map((row) => [row.id, row.name]));
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
    // The name it proposes (an addition, a rename), else the one listed (a removal, even once removed).
    subprocessorName: (typeof notice.proposed.name === "string" ? notice.proposed.name : undefined) ?? listedNames.get(notice.subprocessorId) ?? notice.subprocessorId,
    deliveries: { pending: 0, sent: 0, failed: 0, ...deliveriesByNotice.get(notice.id) },
    objections: { open: 0, resolved: 0, termination_right: 0, ...objectionsByNotice.get(notice.id) },
  }));
}

