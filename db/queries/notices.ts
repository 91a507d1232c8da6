import { and, asc, desc, eq, exists, inArray, or, sql } from "drizzle-orm";
import { DEFAULT_PERIODS, type NoticePeriods } from "@/workers/domain/notice-periods";
import type { Db } from "../client";
import { emailDeliveries, notices, objections } from "../schema";
import { checkedNotice, checkedOrNone, type NoticeRow } from "./checked-rows";

export type { NoticeRow };
export type NewNoticeRow = typeof notices.$inferInsert;

/** The dates and status the NoticeClock mirrors into D1 after each change. */
export interface NoticeMirror {
  status: NoticeRow["status"];
  publishedAt: number | null;
  objectionDeadline: number | null;
  effectiveAt: number | null;
  withdrawnAt: number | null;
  appliedAt: number | null;
  noticePeriodDays: number | null;
  objectionWindowDays: number | null;
  resolutionPeriodDays: number | null;
}

/** The periods a published notice runs on; null columns are a notice from before they were kept, on the defaults. */
export function noticePeriodsOf(row: Pick<NoticeRow, "noticePeriodDays" | "objectionWindowDays" | "resolutionPeriodDays">): NoticePeriods {
  return {
    noticePeriodDays: row.noticePeriodDays ?? DEFAULT_PERIODS.noticePeriodDays,
    objectionWindowDays: row.objectionWindowDays ?? DEFAULT_PERIODS.objectionWindowDays,
    resolutionPeriodDays: row.resolutionPeriodDays ?? DEFAULT_PERIODS.resolutionPeriodDays,
  };
}

export async function findNotice(db: Db, noticeId: string): Promise<NoticeRow | undefined> {
  return checkedOrNone(checkedNotice)(await db.select().from(notices).where(eq(notices.id, noticeId)).get());
}

export function insertNotice(db: Db, row: NewNoticeRow) {
  return db.insert(notices).values(row);
}

/**
 * Rewrites a draft's change. Only a draft: once published the clock owns the row, so a notice
 * published between the caller's check and this statement is left as it was published.
 */
export function rewriteDraft(db: Db, noticeId: string, change: Pick<NoticeRow, "changeKind" | "subprocessorId" | "proposed" | "reason" | "proposedFrench" | "reasonFrench">, now: number) {
  return db
    .update(notices)
    .set({ ...change, updatedAt: now, version: sql`${notices.version} + 1` })
    .where(and(eq(notices.id, noticeId), eq(notices.status, "draft")));
}

/**
 * Placed in a batch right after a conditional statement (rewriteDraft): fails the whole batch
 * when that statement changed no row, so the evidence written beside it is never written for
 * nothing. SQLite has no RAISE outside triggers; abs() of the smallest integer is its one
 * arithmetic error, and the batch is one transaction, so nothing of it lands.
 */
export function abortBatchUnlessChanged(db: Db) {
  return db.select({ changed: sql<number>`case when changes() = 0 then abs(-9223372036854775808) else changes() end` }).from(sql`(select 1)`);
}

/** Deletes a draft, and only a draft: published notices are kept for good. */
export function deleteDraft(db: Db, noticeId: string) {
  return db.delete(notices).where(and(eq(notices.id, noticeId), eq(notices.status, "draft")));
}

/** Sets the notice's row to the clock's state; writing the same state twice leaves the same row. */
export function mirrorNotice(db: Db, noticeId: string, mirror: NoticeMirror, now: number) {
  return db
    .update(notices)
    .set({ ...mirror, updatedAt: now, version: sql`${notices.version} + 1` })
    .where(eq(notices.id, noticeId));
}

/** Why the vendor withdrew the change, for the public notice, the feed and the withdrawal email. */
export function setWithdrawalReason(db: Db, noticeId: string, reason: string, reasonFrench: string | null) {
  return db.update(notices).set({ withdrawalReason: reason, withdrawalReasonFrench: reasonFrench }).where(eq(notices.id, noticeId));
}

export async function listNotices(db: Db): Promise<NoticeRow[]> {
  return (await db.select().from(notices).orderBy(desc(notices.createdAt)).all()).map(checkedNotice);
}

/** Per notice, how many email deliveries are in each status. */
export async function countDeliveriesByNotice(db: Db) {
  return db
    .select({ noticeId: emailDeliveries.noticeId, status: emailDeliveries.status, count: sql<number>`count(*)` })
    .from(emailDeliveries)
    .groupBy(emailDeliveries.noticeId, emailDeliveries.status)
    .all();
}

/** Per notice, how many objections are in each status. */
export async function countObjectionsByNotice(db: Db) {
  return db
    .select({ noticeId: objections.noticeId, status: objections.status, count: sql<number>`count(*)` })
    .from(objections)
    .groupBy(objections.noticeId, objections.status)
    .all();
}

/** How many of a notice's emails are sent, pending and failed. */
export async function countNoticeDeliveries(db: Db, noticeId: string) {
  const rows = await db
    .select({ status: emailDeliveries.status, count: sql<number>`count(*)` })
    .from(emailDeliveries)
    .where(eq(emailDeliveries.noticeId, noticeId))
    .groupBy(emailDeliveries.status)
    .all();
  const counts = { sent: 0, pending: 0, failed: 0 };
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

/**
 * Up to `limit` of a notice's emails, the ones that need attention first (failed, then pending),
 * then in the order they were owed. A fan-out owes thousands; the page shows a readable share.
 */
export async function listNoticeDeliveries(db: Db, noticeId: string, limit: number) {
  return db
    .select({
      id: emailDeliveries.id,
      template: emailDeliveries.template,
      recipient: emailDeliveries.recipient,
      status: emailDeliveries.status,
      attempts: emailDeliveries.attempts,
      providerId: emailDeliveries.providerId,
      lastError: emailDeliveries.lastError,
      createdAt: emailDeliveries.createdAt,
      sentAt: emailDeliveries.sentAt,
    })
    .from(emailDeliveries)
    .where(eq(emailDeliveries.noticeId, noticeId))
    .orderBy(sql`case ${emailDeliveries.status} when 'failed' then 0 when 'pending' then 1 else 2 end`, asc(emailDeliveries.createdAt), asc(emailDeliveries.id))
    .limit(limit)
    .all();
}

/** The names that notices not yet effective or withdrawn propose (an addition, or a renaming). */
export async function listProposedNames(db: Db): Promise<{ noticeId: string; subprocessorId: string; name: string }[]> {
  const name = sql<string | null>`json_extract(${notices.proposed}, '$.name')`;
  const rows = await db
    .select({ noticeId: notices.id, subprocessorId: notices.subprocessorId, name })
    .from(notices)
    .where(and(inArray(notices.status, ["draft", "published", "window_closed"]), inArray(notices.changeKind, ["add", "change"])))
    .all();
  return rows.flatMap((row) => (typeof row.name === "string" ? [{ noticeId: row.noticeId, subprocessorId: row.subprocessorId, name: row.name }] : []));
}

/** Notices whose clock may still have work to do: running ones, and effective ones with open objections. */
export async function listLiveNoticeIds(db: Db): Promise<string[]> {
  const openObjection = db
    .select({ id: objections.id })
    .from(objections)
    .where(and(eq(objections.noticeId, notices.id), eq(objections.status, "open")));
  const rows = await db
    .select({ id: notices.id })
    .from(notices)
    .where(or(inArray(notices.status, ["published", "window_closed"]), and(eq(notices.status, "effective"), exists(openObjection))))
    .all();
  return rows.map((row) => row.id);
}
