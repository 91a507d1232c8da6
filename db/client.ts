import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

/** A drizzle client over D1, built per request (it is cheap: no connection to keep). */
export function createDb(d1: D1Database) {
  return drizzle(d1, { schema });
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
