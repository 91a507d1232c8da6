import { findObjection } from "@/db/queries/objections";
import type { AdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import type { Remedy } from "../domain/notice";
import { AppError, orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";

/** A vendor admin remedies an objection: its notice's clock records it (resolve-objection.ts). */
export async function askClockToResolveObjection(ctx: CoreContext, admin: AdminIdentity, input: { objectionId: string; remedy: Remedy; note: string }) {
  const objection = await findObjection(ctx.db, input.objectionId);
  if (!objection) throw new AppError("not_found");
  const { objectionId, remedy, note } = input;
  return orThrow(await noticeClock(ctx.env, objection.noticeId).resolveObjection({ objectionId, remedy, note, actor: admin.email }));
}
