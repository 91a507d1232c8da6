import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { objections, orgs } from "../schema";

export type ObjectionRow = typeof objections.$inferSelect;
export type NewObjectionRow = typeof objections.$inferInsert;

/** How an objection ended, as the NoticeClock mirrors it into D1. */
export type ObjectionOutcomeFields = Pick<ObjectionRow, "status" | "remedy" | "resolvedAt"> &
  Partial<Pick<ObjectionRow, "resolvedBy" | "resolutionNote">>;

export async function findObjection(db: Db, objectionId: string): Promise<ObjectionRow | undefined> {
  return db.select().from(objections).where(eq(objections.id, objectionId)).get();
}

/** A notice's objections, each with the name of the customer organisation it is tied to, if any. */
export async function listNoticeObjections(db: Db, noticeId: string): Promise<(ObjectionRow & { orgName: string | null })[]> {
  const rows = await db
    .select({ objection: objections, orgName: orgs.name })
    .from(objections)
    .leftJoin(orgs, eq(orgs.id, objections.orgId))
    .where(eq(objections.noticeId, noticeId))
    .orderBy(asc(objections.receivedAt))
    .all();
  return rows.map((r) => ({ ...r.objection, orgName: r.orgName }));
}

/** Inserting the same objection again (a retried step) changes nothing. */
export function insertObjection(db: Db, row: NewObjectionRow) {
  return db.insert(objections).values(row).onConflictDoNothing();
}

export function mirrorObjection(db: Db, objectionId: string, outcome: ObjectionOutcomeFields) {
  return db.update(objections).set(outcome).where(eq(objections.id, objectionId));
}
