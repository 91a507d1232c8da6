import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../client";
import { subscribers } from "../schema";

export type SubscriberRow = typeof subscribers.$inferSelect;

export async function findSubscriberByEmail(db: Db, email: string): Promise<SubscriberRow | undefined> {
  return db.select().from(subscribers).where(eq(subscribers.email, email.toLowerCase())).get();
}

export async function findSubscriber(db: Db, id: string): Promise<SubscriberRow | undefined> {
  return db.select().from(subscribers).where(eq(subscribers.id, id)).get();
}

/** Inserts a pending subscriber unless the address is known; a racing twin request leaves one row. */
export async function insertPendingSubscriber(db: Db, row: { id: string; email: string; lang: "en" | "fr"; now: number }) {
  await db
    .insert(subscribers)
    .values({ id: row.id, email: row.email.toLowerCase(), lang: row.lang, status: "pending", createdAt: row.now })
    .onConflictDoNothing();
}

/** A pending or unsubscribed address asks again: pending, in the language it chose this time. */
export async function markSubscriberPending(db: Db, id: string, lang: "en" | "fr") {
  await db
    .update(subscribers)
    .set({ status: "pending", lang, unsubscribedAt: null })
    .where(and(eq(subscribers.id, id), ne(subscribers.status, "confirmed")));
}

/** Only a pending row becomes confirmed, so a late confirm link cannot undo an unsubscribe. */
export function confirmSubscriber(db: Db, id: string, now: number) {
  return db
    .update(subscribers)
    .set({ status: "confirmed", confirmedAt: now })
    .where(and(eq(subscribers.id, id), eq(subscribers.status, "pending")));
}

export function unsubscribeSubscriber(db: Db, id: string, now: number) {
  return db
    .update(subscribers)
    .set({ status: "unsubscribed", unsubscribedAt: now })
    .where(and(eq(subscribers.id, id), ne(subscribers.status, "unsubscribed")));
}
