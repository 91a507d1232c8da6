import { deleteDisplay, deletePairingCodesOf } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";
import { roomBoard } from "../objects/room-board";

/** Removes a display; its tablet's token stops working because the board no longer knows it. Snapshots stay until retention. */
export async function removeDisplay(ctx: CoreContext, admin: OrgAdminIdentity, input: { id: string }) {
  const [, removed] = await ctx.db.batch([deletePairingCodesOf(ctx.db, admin.orgId, input.id), deleteDisplay(ctx.db, admin.orgId, input.id)]);
  if (removed.length === 0) throw new AppError("not_found");
  await roomBoard(ctx.env, admin.orgId).sync({ orgId: admin.orgId });
  return { id: input.id };
}
