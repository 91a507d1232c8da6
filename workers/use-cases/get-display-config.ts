import { findDisplay, findOrgById } from "@/db/queries/rooms";
import type { DeviceIdentity } from "../auth/device";
import { signToken, tokenPurposes } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/**
 * What a tablet needs at each load: how to show its room and where to read its calendar. The
 * calendar itself is read on the tablet; nothing here is about meetings. A token past half its
 * life comes back renewed, so a tablet on a wall never has to be paired again.
 */
export async function getDisplayConfig(ctx: CoreContext, device: DeviceIdentity) {
  const display = await findDisplay(ctx.db, device.orgId, device.displayId);
  if (!display || display.tokenVersion !== device.tokenVersion) throw new AppError("device_unauthorized");
  const org = await findOrgById(ctx.db, device.orgId);
  if (!org) throw new AppError("device_unauthorized");
  const now = ctx.clock.now();
  const halfLife = (tokenPurposes.display.ttlSeconds * 1000) / 2;
  const renewedToken =
    device.expiresAt - now < halfLife
      ? await signToken(ctx.config.AUTH_SECRET, "display", display.id, now, { org: org.id, v: String(display.tokenVersion) })
      : null;
  return {
    renewedToken,
    display: {
      id: display.id,
      name: display.name,
      roomEmail: display.roomEmail,
      capacity: display.capacity,
      floor: display.floor,
      building: display.building,
      equipment: display.equipment,
      timeZone: display.timeZone,
      businessDays: display.businessDays,
      businessStartMinute: display.businessStartMinute,
      businessEndMinute: display.businessEndMinute,
      lang: display.lang,
      privacyMode: display.privacyMode,
      checkInMinutes: display.checkInMinutes,
      theme: display.theme,
      calendarSource: display.calendarSource,
      permissions: { book: display.mayBook, extendEnd: display.mayExtendEnd, release: display.mayRelease },
      noShowSeriesStrikes: display.noShowSeriesStrikes,
    },
    org: {
      name: org.name,
      occupancyReporting: org.occupancyReporting,
      scheduleStaleMinutes: org.scheduleStaleMinutes,
      microsoft: org.microsoftClientId && org.microsoftTenantId ? { clientId: org.microsoftClientId, tenantId: org.microsoftTenantId } : null,
      google: org.googleClientId ? { clientId: org.googleClientId } : null,
      lang: org.lang,
      bookingSubject: org.bookingSubject,
    },
  };
}
