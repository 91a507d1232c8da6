import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { settings } from "../schema";

const CLOCK_OFFSET = "dev_clock_offset_ms";

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  return (await db.select().from(settings).where(eq(settings.key, key)).get())?.value;
}

/** Sets a key only if it is not set yet; returns whether this call set it. */
export async function claimSetting(db: Db, key: string, value: string): Promise<boolean> {
  const rows = await db.insert(settings).values({ key, value }).onConflictDoNothing().returning();
  return rows.length === 1;
}

/**
 * The dev clock offset is read by every call when dev tools are on; it changes only when someone
 * moves the dev clock. Kept for a second per isolate, and replaced at once by a write in the same
 * isolate (local runs have one isolate per worker), so a heartbeat does not pay a D1 read for it.
 */
const OFFSET_FRESH_MS = 1000;
let cachedOffset: { value: number; readAt: number } | null = null;

export async function getClockOffset(db: Db): Promise<number> {
  if (cachedOffset && Date.now() - cachedOffset.readAt < OFFSET_FRESH_MS) return cachedOffset.value;
  const stored = await getSetting(db, CLOCK_OFFSET);
  const value = stored === undefined ? 0 : Number(stored);
  cachedOffset = { value, readAt: Date.now() };
  return value;
}

export async function setClockOffset(db: Db, offsetMs: number): Promise<void> {
  cachedOffset = null;
  await db
    .insert(settings)
    .values({ key: CLOCK_OFFSET, value: String(offsetMs) })
    .onConflictDoUpdate({ target: settings.key, set: { value: String(offsetMs) } });
  // After the write, so a read that raced it cannot leave the old value behind.
  cachedOffset = { value: offsetMs, readAt: Date.now() };
}
