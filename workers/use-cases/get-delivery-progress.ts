import { countNoticeDeliveries, findNotice } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/** How a notice's emails are going, for the admin page that follows a fan-out while it runs. */
export async function getDeliveryProgress(ctx: CoreContext, noticeId: string) {
  if (!(await findNotice(ctx.db, noticeId))) throw new AppError("not_found");
  return countNoticeDeliveries(ctx.db, noticeId);
}
