import { bumpTokenVersion } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";
import { roomBoard } from "../objects/room-board";

/** Revokes a tablet's device token by bumping the display's token version; the board learns it at once. */
export async function unpairDisplay(ctx: CoreContext, admin: OrgAdminIdentity, input: { id: string }) {
  const [row] = await bumpTokenVersion(ctx.db, admin.orgId, input.id, ctx.clock.now());
  if (!row) throw new AppError("not_found");
  await roomBoard(ctx.env, admin.orgId).sync({ orgId: admin.orgId });
  return { tokenVersion: row.tokenVersion };
}
