import { updateOrgSettings } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError, orThrow } from "../errors";
import { roomBoard } from "../objects/room-board";

/**
 * Retention, how old a tablet's schedule may be before the finder calls its room unknown, how precisely tablets report occupancy (they pick it up with their configuration,
 * at each load and every 15 minutes), and the public client ids tablets use to sign in to the
 * room calendars, and the subject of bookings made at a panel.
 */
export async function changeOrgSettings(
  ctx: CoreContext,
  admin: OrgAdminIdentity,
  input: {
    retentionMonths: number;
    occupancyReporting: "quarter_hour" | "exact";
    scheduleStaleMinutes: number;
    microsoftClientId: string | null;
    microsoftTenantId: string | null;
    googleClientId: string | null;
    bookingSubject: string | null;
  },
) {
  if ((input.microsoftClientId === null) !== (input.microsoftTenantId === null)) {
    throw new AppError("validation_failed", [{ path: "microsoftTenantId", code: "pair", message: "Microsoft 365 needs both the application (client) id and the tenant." }]);
  }
  await updateOrgSettings(ctx.db, admin.orgId, input);
  // The room board judges schedule age by this limit; it keeps its own copy, so tell it.
  orThrow(await roomBoard(ctx.env, admin.orgId).sync({ orgId: admin.orgId }));
  return { saved: true };
}
