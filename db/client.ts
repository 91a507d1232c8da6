import { drizzle } from "drizzle-orm/d1";

/**
 * A drizzle client over D1, built per request: cheap, as long as it is given no schema. With one,
 * drizzle works out every table's relations on each build for its relational API (`db.query`),
 * which we do not use: about 10 % of the core isolate's CPU under the heartbeat bench (docs/benchmarks.md).
 */
export function createDb(d1: D1Database) {
  return drizzle(d1);
}

export type Db = ReturnType<typeof createDb>;

/**
 * Whether a write failed because it would duplicate a unique key, e.g. `"displays.org_id,
 * displays.name"` (SQLite's own wording). A check-then-insert can lose a race to a twin request;
 * the constraint is what decides, and the caller turns it into the 409 its users understand.
 * drizzle wraps D1's error, so the whole cause chain is read.
 */
export function isUniqueViolation(error: unknown, columns: string): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause.message.includes(`UNIQUE constraint failed: ${columns}`)) return true;
  }
  return false;
}
