import { findCheckpoint } from "@/db/queries/evidence";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/** The checkpoint signed at `size` entries. */
export async function getCheckpoint(ctx: CoreContext, size: number) {
  const checkpoint = await findCheckpoint(ctx.db, size);
  if (!checkpoint) throw new AppError("not_found");
  return checkpoint;
}
