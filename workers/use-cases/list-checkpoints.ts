import { listCheckpoints } from "@/db/queries/evidence";
import type { CoreContext } from "../core/context";

/** Every signed checkpoint, oldest first: public, no entry's content. */
export function listEvidenceCheckpoints(ctx: CoreContext) {
  return listCheckpoints(ctx.db);
}
