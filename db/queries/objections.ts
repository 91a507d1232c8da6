import { and, asc, eq } from "drizzle-orm";
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

/**
 * An open objection to this notice with the same contact, organisation and grounds: the same
 * objection sent again (a second click, a reloaded page that posts the form again).
 */
export async function findOpenObjectionLike(db: Db, like: Pick<ObjectionRow, "noticeId" | "contactEmail" | "organisation" | "grounds">): Promise<ObjectionRow | undefined> {
  return db
    .select()
    .from(objections)
    .where(
      and(
        eq(objections.noticeId, like.noticeId),
        eq(objections.contactEmail, like.contactEmail),
        eq(objections.organisation, like.organisation),
        eq(objections.grounds, like.grounds),
        eq(objections.status, "open"),
      ),
    )
    .get();
}

/** Inserting the same objection again (a retried step) changes nothing. */
export function insertObjection(db: Db, row: NewObjectionRow) {
  return db.insert(objections).values(row).onConflictDoNothing();
}

export function mirrorObjection(db: Db, objectionId: string, outcome: ObjectionOutcomeFields) {
  return db.update(objections).set(outcome).where(eq(objections.id, objectionId));
}
