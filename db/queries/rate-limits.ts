import { lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { rateLimits } from "../schema";

/** Counts one hit in a fixed window and returns the count so far, in one atomic upsert. */
export async function hitRateLimit(db: Db, bucket: string, now: number, windowMs: number): Promise<number> {
  const windowStart = now - (now % windowMs);
  const row = await db
    .insert(rateLimits)
    .values({ bucket, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.bucket,
      set: {
        count: sql`case when ${rateLimits.windowStart} = ${windowStart} then ${rateLimits.count} + 1 else 1 end`,
        windowStart,
      },
    })
    .returning({ count: rateLimits.count })
    .get();
  return row.count;
}

/**
 * Counters whose window started before `before` count for nothing any more, yet hold an address
 * or a client's IP: delete them (the cron does, every 5 minutes).
 */
export async function forgetRateLimitsBefore(db: Db, before: number): Promise<number> {
  const removed = await db.delete(rateLimits).where(lt(rateLimits.windowStart, before)).returning({ bucket: rateLimits.bucket });
  return removed.length;
}
