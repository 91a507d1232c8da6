import { listAllSubprocessors } from "@/db/queries/public-list";
import type { CoreContext } from "../core/context";

/** Every subprocessor on the list, for the vendor admin's drafting screens. */
export async function listSubprocessors(ctx: CoreContext) {
  return listAllSubprocessors(ctx.db);
}
