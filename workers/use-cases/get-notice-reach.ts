import { countContactDeliveriesByOrg, countContactsByOrg } from "@/db/queries/notice-contacts";
import { findNotice } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/**
 * Whom a notice reached, per customer organisation, through its notice contacts: messages sent,
 * delivered, bounced or marked as spam, and whether the organisation still has a contact that mail
 * reaches. An organisation with none (none registered, or every one stopped) is unreached: the
 * vendor has to chase it another way.
 */
export async function getNoticeReach(ctx: CoreContext, noticeId: string) {
  if (!(await findNotice(ctx.db, noticeId))) throw new AppError("not_found");
  const [sent, orgs] = await Promise.all([countContactDeliveriesByOrg(ctx.db, noticeId), countContactsByOrg(ctx.db)]);
  const sentTo = new Map(sent.map((s) => [s.orgId, s]));
  const organisations = orgs.map((org) => {
    const counts = sentTo.get(org.orgId);
    return {
      orgId: org.orgId,
      name: org.name,
      told: counts?.told ?? 0,
      owed: counts?.owed ?? 0,
      delivered: counts?.delivered ?? 0,
      refused: counts?.refused ?? 0,
      unreached: org.working === 0 ? (org.registered === 0 ? ("no_contact" as const) : ("all_stopped" as const)) : null,
    };
  });
  return { organisations };
}
