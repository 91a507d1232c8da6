import { findOrgById, listDisplays } from "@/db/queries/rooms";
import { finderKey } from "../auth/finder-key";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError, orThrow } from "../errors";
import { roomBoard } from "../objects/room-board";

/** The rooms admin page: the organisation, its displays with their live state, and its room-finder link. */
export async function listOrgRooms(ctx: CoreContext, admin: OrgAdminIdentity) {
  const org = await findOrgById(ctx.db, admin.orgId);
  if (!org) throw new AppError("forbidden");
  const [displays, live] = await Promise.all([listDisplays(ctx.db, org.id), roomBoard(ctx.env, org.id).states({ orgId: org.id, now: ctx.clock.now() })]);
  const liveById = new Map(orThrow(live).map((d) => [d.displayId, d]));
  return {
    org: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      lang: org.lang,
      retentionMonths: org.retentionMonths,
      occupancyReporting: org.occupancyReporting,
      scheduleStaleMinutes: org.scheduleStaleMinutes,
      microsoftClientId: org.microsoftClientId,
      microsoftTenantId: org.microsoftTenantId,
      googleClientId: org.googleClientId,
      bookingSubject: org.bookingSubject,
    },
    finderPath: `/rooms/${org.slug}?key=${await finderKey(ctx.config.AUTH_SECRET, org.id, org.finderKeyVersion)}`,
    csrf: admin.csrf,
    email: admin.email,
    displays: displays.map((d) => ({
      ...d,
      online: liveById.get(d.id)?.online ?? false,
      occupied: liveById.get(d.id)?.occupied ?? false,
      known: liveById.get(d.id)?.known ?? true,
      health: liveById.get(d.id)?.health ?? null,
      healthSince: liveById.get(d.id)?.healthSince ?? null,
    })),
  };
}
