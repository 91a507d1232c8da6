import { eq } from "drizzle-orm";
import type { NoticePeriods } from "@/workers/domain/notice-periods";
import type { Db } from "../client";
import { contractPeriods, settings } from "../schema";

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

const PERIODS_ROW = 1;

/** The periods the vendor admin set, or undefined while they have set none. */
export async function findContractPeriods(db: Db): Promise<(NoticePeriods & { updatedAt: number; updatedBy: string }) | undefined> {
  const row = await db.select().from(contractPeriods).where(eq(contractPeriods.id, PERIODS_ROW)).get();
  if (!row) return undefined;
  const { noticePeriodDays, objectionWindowDays, resolutionPeriodDays, updatedAt, updatedBy } = row;
  return { noticePeriodDays, objectionWindowDays, resolutionPeriodDays, updatedAt, updatedBy };
}

/** Sets the periods for notices published from now on (a statement for the evidence batch). */
export function saveContractPeriods(db: Db, periods: NoticePeriods, actor: string, now: number) {
  const values = { ...periods, updatedAt: now, updatedBy: actor };
  return db
    .insert(contractPeriods)
    .values({ id: PERIODS_ROW, ...values })
    .onConflictDoUpdate({ target: contractPeriods.id, set: values });
}
