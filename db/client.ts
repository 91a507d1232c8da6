import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

/** A drizzle client over D1, built per request (it is cheap: no connection to keep). */
export function createDb(d1: D1Database) {
  return drizzle(d1, { schema });
}

export type Db = ReturnType<typeof createDb>;
