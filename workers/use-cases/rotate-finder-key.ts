import { bumpFinderKeyVersion } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { orThrow } from "../errors";
import { roomBoard } from "../objects/room-board";

/**
 * Replaces the room-finder link: every copy of the old one stops working, and pages open on it
 * are disconnected at once (their sockets closed), not left receiving updates.
 */
export async function rotateFinderKey(ctx: CoreContext, admin: OrgAdminIdentity) {
  const [row] = await bumpFinderKeyVersion(ctx.db, admin.orgId);
  orThrow(await roomBoard(ctx.env, admin.orgId).closeLinkSockets());
  return { finderKeyVersion: row?.finderKeyVersion ?? null };
}
