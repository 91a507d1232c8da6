import { asc, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { listVersions, subprocessors } from "../schema";

/** The numbered versions of the public list (docs: /subprocessors/versions). */

export type ListVersionRow = typeof listVersions.$inferSelect;

/** The active list as JSON, in the list's order: what a version keeps, its French too (null when none). */
const activeListJson = sql`(select coalesce(json_group_array(json_object(
    'id', id, 'name', name, 'legalEntity', legal_entity, 'purpose', purpose, 'location', location,
    'dataCategories', json(data_categories), 'transferMechanism', transfer_mechanism, 'website', website,
    'translations', case when french is null then null else json_object('fr', json(french)) end
  )), '[]') from (select * from ${subprocessors} where status = 'active' order by name, id))`;

/**
 * Before the first change takes effect: the list as it was becomes version 1, if it lists anyone.
 * In the batch before the change's own statements; a no-op once any version exists.
 */
export function recordFirstVersion(db: Db, now: number) {
  // Columns in the table's order: version, notice_id, effective_at, entries, correction.
  return db.insert(listVersions).select(sql`select 1, null, coalesce((select min(created_at) from ${subprocessors} where status = 'active'), ${now}), ${activeListJson}, null
    where not exists (select 1 from ${listVersions}) and exists (select 1 from ${subprocessors} where status = 'active')`);
}

/**
 * After a notice's change is applied, in the same batch: the list as it now is becomes the next
 * version. Numbered and read inside the one statement, so two notices taking effect at once get
 * two numbers; written once per notice, so a retried step adds nothing.
 */
export function recordVersionAfter(db: Db, noticeId: string, now: number) {
  return db.insert(listVersions).select(sql`select (select coalesce(max(version), 0) + 1 from ${listVersions}), ${noticeId}, ${now}, ${activeListJson}, null
    where not exists (select 1 from ${listVersions} where notice_id = ${noticeId})`);
}

export type VersionCorrection = NonNullable<ListVersionRow["correction"]>;

/** After a direct correction, in the same batch: the list as it now is becomes the next version, marked as a correction. */
export function recordVersionAfterCorrection(db: Db, correction: VersionCorrection, now: number) {
  return db.insert(listVersions).select(sql`select (select coalesce(max(version), 0) + 1 from ${listVersions}), null, ${now}, ${activeListJson}, ${JSON.stringify(correction)}`);
}

/** Every version, oldest first, with how many subprocessors it lists. */
export async function listVersionSummaries(db: Db) {
  return db
    .select({
      version: listVersions.version,
      noticeId: listVersions.noticeId,
      correction: listVersions.correction,
      effectiveAt: listVersions.effectiveAt,
      count: sql<number>`json_array_length(${listVersions.entries})`,
    })
    .from(listVersions)
    .orderBy(asc(listVersions.version))
    .all();
}

/** Every version, oldest first, without their entries. */
export async function listVersionRefs(db: Db) {
  return db
    .select({ version: listVersions.version, noticeId: listVersions.noticeId, effectiveAt: listVersions.effectiveAt })
    .from(listVersions)
    .orderBy(asc(listVersions.version))
    .all();
}

export async function findVersion(db: Db, version: number): Promise<ListVersionRow | undefined> {
  return db.select().from(listVersions).where(eq(listVersions.version, version)).get();
}

/** The version in force at `at`: the latest that took effect by then. */
export async function findVersionInForceAt(db: Db, at: number): Promise<ListVersionRow | undefined> {
  return db.select().from(listVersions).where(lte(listVersions.effectiveAt, at)).orderBy(desc(listVersions.version)).limit(1).get();
}

/** The latest version, for the current list's number. */
export async function findLatestVersion(db: Db) {
  return db.select({ version: listVersions.version, effectiveAt: listVersions.effectiveAt }).from(listVersions).orderBy(desc(listVersions.version)).limit(1).get();
}

/** Which version each notice created. */
export async function listVersionsByNotice(db: Db) {
  return db
    .select({ noticeId: listVersions.noticeId, version: listVersions.version })
    .from(listVersions)
    .where(isNotNull(listVersions.noticeId))
    .all();
}

/** The version a notice created when it took effect, if it has. */
export async function findVersionOfNotice(db: Db, noticeId: string): Promise<number | undefined> {
  return (await db.select({ version: listVersions.version }).from(listVersions).where(eq(listVersions.noticeId, noticeId)).get())?.version;
}
