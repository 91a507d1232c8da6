import { listDisplays, listSnapshots } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { summariseUtilisation } from "../domain/utilisation";

/** Utilisation over the last `days`, from the 15-minute snapshots only. */
export async function getUtilisation(ctx: CoreContext, admin: OrgAdminIdentity, input: { days: number }) {
  const now = ctx.clock.now();
  const from = now - input.days * 24 * 3600_000;
  const [displays, snapshots] = await Promise.all([listDisplays(ctx.db, admin.orgId), listSnapshots(ctx.db, admin.orgId, from, now + 1)]);
  const rooms = displays.map((d) => ({
    displayId: d.id,
    name: d.name,
    timeZone: d.timeZone,
    businessDays: d.businessDays,
    businessStartMinute: d.businessStartMinute,
    businessEndMinute: d.businessEndMinute,
  }));
  return { ...summariseUtilisation(rooms, snapshots), days: input.days, windowFrom: from, windowTo: now };
}
