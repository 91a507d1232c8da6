import { findListedSubprocessor, findPublishedNotice } from "@/db/queries/public-list";
import { findVersionOfNotice } from "@/db/queries/list-versions";
import type { CoreContext } from "../core/context";
import type { NoticeView } from "../core/portal.schema";
import { objectionWindowOpen } from "../domain/notice";
import { AppError } from "../errors";
import { toPublicNotice, toPublicSubprocessor } from "./get-public-list";

/** One published notice with its clock, for the public; drafts and unknown ids are simply not found. */
export async function getPublicNotice(ctx: CoreContext, id: string): Promise<NoticeView> {
  const row = await findPublishedNotice(ctx.db, id);
  if (!row) throw new AppError("not_found");
  const [listed, version] = await Promise.all([findListedSubprocessor(ctx.db, row.subprocessorId), findVersionOfNotice(ctx.db, row.id)]);
  const notice = toPublicNotice(row, listed?.name, version ?? null);
  if (!notice) throw new AppError("not_found");
  const now = ctx.clock.now();
  return {
    appOrigin: ctx.config.APP_ORIGIN,
    now,
    notice,
    current: listed && notice.changeKind !== "add" ? toPublicSubprocessor(listed) : null,
    windowOpen: objectionWindowOpen(notice, now),
  };
}
