import { upsertOrgPerson } from "@/db/queries/admins";
import { insertDisplays, insertOrg, insertSnapshots } from "@/db/queries/rooms";
import { claimSetting } from "@/db/queries/settings";
import type { CoreContext } from "../core/context";
import { displayForm } from "../core/rooms.schema";
import { roomBoard } from "../objects/room-board";
import { DEMO_ORGS } from "../seed/demo-rooms";
import { demoSnapshots } from "../seed/demo-snapshots";

export const DEMO_ROOMS_SEEDED = "demo_rooms_seeded_at";

/** Seeds the demo organisations once (separately from the portal demo, so older local data gets them too). */
export async function seedDemoRooms(ctx: CoreContext): Promise<{ seeded: boolean }> {
  const now = ctx.clock.now();
  if (!(await claimSetting(ctx.db, DEMO_ROOMS_SEEDED, String(now)))) return { seeded: false };
  for (const [orgIndex, org] of DEMO_ORGS.entries()) {
    await insertOrg(ctx.db, { id: org.id, slug: org.slug, name: org.name, lang: org.lang, occupancyReporting: org.occupancyReporting, createdAt: now });
    await upsertOrgPerson(ctx.db, org.admin, "org_admin", org.id, now);
    await upsertOrgPerson(ctx.db, org.member, "org_member", org.id, now);
    const rows = org.rooms.map((room, i) => ({
      id: demoDisplayId(orgIndex, i),
      orgId: org.id,
      ...displayForm.parse({ ...room, roomEmail: `${room.name.toLowerCase()}@${org.slug}.test`, lang: org.lang, timeZone: "Europe/Paris" }),
      tokenVersion: 1,
      pairedAt: null,
      createdAt: now,
      updatedAt: now,
    }));
    const snapshots = demoSnapshots(org.id, rows, now);
    const [first, ...rest] = [...insertDisplays(ctx.db, rows), ...insertSnapshots(ctx.db, snapshots)];
    if (first) await ctx.db.batch([first, ...rest]);
    await roomBoard(ctx.env, org.id).sync({ orgId: org.id });
  }
  return { seeded: true };
}

/** Fixed ids (dsp_ + 20 hex digits, like real ones) so tests and docs can name demo displays. */
function demoDisplayId(orgIndex: number, roomIndex: number): string {
  return `dsp_${String(orgIndex + 1).padStart(4, "0")}${String(roomIndex + 1).padStart(16, "0")}`;
}
