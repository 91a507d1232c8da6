import { deleteSnapshotsBefore, findOrgById } from "@/db/queries/rooms";
import type { CoreContext } from "../core/context";
import { retentionCutoff } from "../domain/utilisation";

/** Deletes an organisation's snapshots older than its retention (13 months unless it chose otherwise). */
export async function pruneSnapshots(ctx: CoreContext, orgId: string) {
  const org = await findOrgById(ctx.db, orgId);
  if (!org) return { cutoff: null };
  const cutoff = retentionCutoff(ctx.clock.now(), org.retentionMonths);
  await deleteSnapshotsBefore(ctx.db, orgId, cutoff);
  return { cutoff };
}
