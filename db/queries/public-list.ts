import { and, asc, eq, inArray, max, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { notices, subprocessors } from "../schema";
import { checkedNotice, checkedOrNone, checkedSubprocessor, type NoticeRow, type SubprocessorRow } from "./checked-rows";

/** Public reads of the list and its notices. Drafts never leave these queries. */

export type PublicSubprocessorRow = SubprocessorRow;
export type PublishedNoticeRow = NoticeRow;

const PUBLIC_NOTICE_STATUSES = ["published", "window_closed", "effective", "withdrawn"] as const;

/** Every row, removed ones too (a notice about a removed subprocessor still needs its name). */
export async function listAllSubprocessors(db: Db): Promise<PublicSubprocessorRow[]> {
  return (await db.select().from(subprocessors).orderBy(asc(subprocessors.name), asc(subprocessors.id)).all()).map(checkedSubprocessor);
}

/** Every notice that was ever published, oldest first. */
export async function listPublishedNotices(db: Db): Promise<PublishedNoticeRow[]> {
  const rows = await db
    .select()
    .from(notices)
    .where(inArray(notices.status, [...PUBLIC_NOTICE_STATUSES]))
    .orderBy(asc(notices.publishedAt), asc(notices.id))
    .all();
  return rows.map(checkedNotice);
}

export async function findPublishedNotice(db: Db, id: string): Promise<PublishedNoticeRow | undefined> {
  const row = await db
    .select()
    .from(notices)
    .where(and(eq(notices.id, id), ne(notices.status, "draft")))
    .get();
  return checkedOrNone(checkedNotice)(row);
}

export async function findListedSubprocessor(db: Db, id: string): Promise<PublicSubprocessorRow | undefined> {
  return checkedOrNone(checkedSubprocessor)(await db.select().from(subprocessors).where(eq(subprocessors.id, id)).get());
}

/** The latest time anything public changed: a list row (added, changed, removed) or a published notice. */
export async function latestPublicChange(db: Db): Promise<number> {
  const [list, published] = await Promise.all([
    db.select({ at: max(subprocessors.updatedAt) }).from(subprocessors).get(),
    db.select({ at: max(notices.updatedAt) }).from(notices).where(inArray(notices.status, [...PUBLIC_NOTICE_STATUSES])).get(),
  ]);
  return Math.max(list?.at ?? 0, published?.at ?? 0);
}

/**
 * What the public page shows depends on, in one statement (every request of the page asks): when
 * anything public last changed, how many rows there are (a deleted row moves no maximum), and the
 * next objection deadline still ahead, when the page stops offering to object with no row changing.
 */
export async function publicListVersion(db: Db, now: number): Promise<{ changedAt: number; rows: number; nextDeadline: number | null }> {
  const publicStatuses = sql.join(PUBLIC_NOTICE_STATUSES.map((status) => sql`${status}`), sql`, `);
  const row = await db.get<{ listAt: number | null; listRows: number; noticeAt: number | null; noticeRows: number; nextDeadline: number | null }>(sql`
    select
      (select max(${subprocessors.updatedAt}) from ${subprocessors}) as listAt,
      (select count(*) from ${subprocessors}) as listRows,
      (select max(${notices.updatedAt}) from ${notices} where ${notices.status} in (${publicStatuses})) as noticeAt,
      (select count(*) from ${notices} where ${notices.status} in (${publicStatuses})) as noticeRows,
      (select min(${notices.objectionDeadline}) from ${notices} where ${notices.status} = 'published' and ${notices.objectionDeadline} > ${now}) as nextDeadline`);
  return { changedAt: Math.max(row.listAt ?? 0, row.noticeAt ?? 0), rows: row.listRows + row.noticeRows, nextDeadline: row.nextDeadline };
}
