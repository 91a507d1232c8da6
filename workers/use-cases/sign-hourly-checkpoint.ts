import { evidenceSize, latestCheckpoint } from "@/db/queries/evidence";
import type { CoreContext } from "../core/context";
import { signCheckpoint } from "./sign-checkpoint";

/**
 * The cron runs every five minutes; signing once the latest checkpoint is this old means no entry
 * waits more than an hour for one, and a quiet log gets none.
 */
const SIGN_AFTER_MS = 55 * 60_000;

/** Signs a checkpoint when entries were added since the latest one and that one is nearly an hour old. */
export async function signHourlyCheckpoint(ctx: CoreContext): Promise<{ signed: boolean }> {
  const [size, latest] = await Promise.all([evidenceSize(ctx.db), latestCheckpoint(ctx.db)]);
  if (size === 0 || (latest && (latest.size >= size || ctx.clock.now() - latest.signedAt < SIGN_AFTER_MS))) return { signed: false };
  await signCheckpoint(ctx);
  return { signed: true };
}
