import { forgetRateLimitsBefore } from "@/db/queries/rate-limits";
import type { CoreContext } from "../core/context";

/**
 * Starts every rate limit afresh, as if an hour had passed, without moving the application clock
 * (which would move every notice too). The e2e suite signs the same demo admins in many times.
 */
export async function forgetAllRateLimits(ctx: CoreContext) {
  return { forgotten: await forgetRateLimitsBefore(ctx.db, Number.MAX_SAFE_INTEGER) };
}
