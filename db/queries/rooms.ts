import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { displays, orgs, pairingCodes, roomSnapshots } from "../schema";

export type OrgRow = typeof orgs.$inferSelect;
type DisplayRow = typeof displays.$inferSelect;
export type DisplayFields = Omit<DisplayRow, "id" | "orgId" | "tokenVersion" | "pairedAt" | "createdAt" | "updatedAt">;

/** D1 binds at most 100 parameters per statement: multi-row inserts go in chunks that fit. */
export function chunked<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(100 / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

// ── organisations ──────────────────────────────────────────────────────────

export function findOrgById(db: Db, id: string) {
  return db.select().from(orgs).where(eq(orgs.id, id)).get();
}

export function findOrgBySlug(db: Db, slug: string) {
  return db.select().from(orgs).where(eq(orgs.slug, slug)).get();
}

export function insertOrg(db: Db, row: typeof orgs.$inferInsert) {
  return db.insert(orgs).values(row).onConflictDoNothing();
}

export function bumpFinderKeyVersion(db: Db, orgId: string) {
  return db
    .update(orgs)
    .set({ finderKeyVersion: sql`${orgs.finderKeyVersion} + 1` })
    .where(eq(orgs.id, orgId))
    .returning({ finderKeyVersion: orgs.finderKeyVersion });
}

// ── displays (every query names its organisation: tenants never meet) ─────

export function listDisplays(db: Db, orgId: string) {
  return db.select().from(displays).where(eq(displays.orgId, orgId)).orderBy(asc(displays.name)).all();
}

export function findDisplay(db: Db, orgId: string, id: string) {
  return db.select().from(displays).where(and(eq(displays.orgId, orgId), eq(displays.id, id))).get();
}

/** Every display name of one organisation: a new name is checked against all of them for look-alikes. */
export function listDisplayNames(db: Db, orgId: string) {
  return db.select({ id: displays.id, name: displays.name }).from(displays).where(eq(displays.orgId, orgId)).all();
}

/** The unique key on a display's name within its organisation, as SQLite names it in a violation. */
export const DISPLAY_NAME_KEY = "displays.org_id, displays.name";

export function insertDisplays(db: Db, rows: (typeof displays.$inferInsert)[]) {
  return chunked(rows, 21).map((chunk) => db.insert(displays).values(chunk));
}

export function updateDisplay(db: Db, orgId: string, id: string, fields: DisplayFields, now: number) {
  return db
    .update(displays)
    .set({ ...fields, updatedAt: now })
    .where(and(eq(displays.orgId, orgId), eq(displays.id, id)))
    .returning({ id: displays.id });
}

export function deleteDisplay(db: Db, orgId: string, id: string) {
  return db.delete(displays).where(and(eq(displays.orgId, orgId), eq(displays.id, id))).returning({ id: displays.id });
}

/** Unpairs: every device token carries the old version and stops working. */
export function bumpTokenVersion(db: Db, orgId: string, id: string, now: number) {
  return db
    .update(displays)
    .set({ tokenVersion: sql`${displays.tokenVersion} + 1`, pairedAt: null, updatedAt: now })
    .where(and(eq(displays.orgId, orgId), eq(displays.id, id)))
    .returning({ tokenVersion: displays.tokenVersion });
}

export function markPaired(db: Db, orgId: string, id: string, now: number) {
  return db
    .update(displays)
    .set({ pairedAt: now })
    .where(and(eq(displays.orgId, orgId), eq(displays.id, id)))
    .returning({ tokenVersion: displays.tokenVersion });
}

// ── pairing codes ──────────────────────────────────────────────────────────

/** A pairing code's primary key, as SQLite names it in a violation. */
export const PAIRING_CODE_KEY = "pairing_codes.code";

export function insertPairingCode(db: Db, row: typeof pairingCodes.$inferInsert) {
  return db.insert(pairingCodes).values(row);
}

/** Spends a code: the delete returns it at most once, so two tablets cannot pair with one code. */
export function spendPairingCode(db: Db, code: string, now: number) {
  return db
    .delete(pairingCodes)
    .where(and(eq(pairingCodes.code, code), gte(pairingCodes.expiresAt, now)))
    .returning()
    .get();
}

export function forgetExpiredPairingCodes(db: Db, now: number) {
  return db.delete(pairingCodes).where(lt(pairingCodes.expiresAt, now));
}

export function deletePairingCodesOf(db: Db, orgId: string, displayId: string) {
  return db.delete(pairingCodes).where(and(eq(pairingCodes.orgId, orgId), eq(pairingCodes.displayId, displayId)));
}

// ── snapshots ──────────────────────────────────────────────────────────────

export type SnapshotInsert = typeof roomSnapshots.$inferInsert;

/** Idempotent: the key is (display, time), so a retried alarm writes each snapshot once. */
export function insertSnapshots(db: Db, rows: SnapshotInsert[]) {
  return chunked(rows, 6).map((chunk) => db.insert(roomSnapshots).values(chunk).onConflictDoNothing());
}

export function listSnapshots(db: Db, orgId: string, from: number, to: number) {
  return db
    .select()
    .from(roomSnapshots)
    .where(and(eq(roomSnapshots.orgId, orgId), gte(roomSnapshots.takenAt, from), lt(roomSnapshots.takenAt, to)))
    .orderBy(asc(roomSnapshots.takenAt))
    .all();
}

export function deleteSnapshotsBefore(db: Db, orgId: string, cutoff: number) {
  return db.delete(roomSnapshots).where(and(eq(roomSnapshots.orgId, orgId), lt(roomSnapshots.takenAt, cutoff)));
}

export function updateOrgSettings(
  db: Db,
  orgId: string,
  settings: Pick<OrgRow, "retentionMonths" | "occupancyReporting" | "scheduleStaleMinutes" | "microsoftClientId" | "microsoftTenantId" | "googleClientId" | "bookingSubject">,
) {
  return db.update(orgs).set(settings).where(eq(orgs.id, orgId));
}
