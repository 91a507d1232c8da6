import { bumpFinderKeyVersion } from "../../db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";

/** Replaces the room-finder link: every copy of the old one stops working (open live pages included, at their next reconnect). */
export async function rotateFinderKey(ctx: CoreContext, admin: OrgAdminIdentity) {
  const [row] = await bumpFinderKeyVersion(ctx.db, admin.orgId);
  return { finderKeyVersion: row?.finderKeyVersion ?? null };
}
