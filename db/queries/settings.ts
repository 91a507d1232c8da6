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

export async function getClockOffset(db: Db): Promise<number> {
  const value = await getSetting(db, CLOCK_OFFSET);
  return value === undefined ? 0 : Number(value);
}

export async function setClockOffset(db: Db, offsetMs: number): Promise<void> {
  await db
    .insert(settings)
    .values({ key: CLOCK_OFFSET, value: String(offsetMs) })
    .onConflictDoUpdate({ target: settings.key, set: { value: String(offsetMs) } });
}
