import { insertSnapshots } from "@/db/queries/rooms";
import type { CoreContext } from "../core/context";
import { snapshotFacts, type LiveDisplay } from "../domain/room-board";

/**
 * Writes one row per display for a quarter hour: name, online, occupied, time. The row key is
 * (display, time), so a retried alarm cannot write the same quarter twice.
 */
export async function takeRoomSnapshot(ctx: CoreContext, orgId: string, takenAt: number, displays: (LiveDisplay & { name: string })[]) {
  if (displays.length === 0) return { written: 0 };
  const rows = displays.map((d) => ({ orgId, displayId: d.displayId, name: d.name, takenAt, ...snapshotFacts(d, takenAt) }));
  const [first, ...rest] = insertSnapshots(ctx.db, rows);
  if (first) await ctx.db.batch([first, ...rest]);
  return { written: rows.length };
}
