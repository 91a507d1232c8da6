import { and, asc, eq, inArray, ne } from "drizzle-orm";
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

/** A pending, unsubscribed or suppressed address asks again: pending, in the language it chose this time. */
export async function markSubscriberPending(db: Db, id: string, lang: "en" | "fr") {
  await db
    .update(subscribers)
    .set({ status: "pending", lang, unsubscribedAt: null, suppressedAt: null, suppressedReason: null })
    .where(and(eq(subscribers.id, id), ne(subscribers.status, "confirmed")));
}

/**
 * Only a pending row becomes confirmed, so a late confirm link cannot undo an unsubscribe. A
 * suppressed one too: following the link proves the mailbox reads its mail after all.
 */
export function confirmSubscriber(db: Db, id: string, now: number) {
  return db
    .update(subscribers)
    .set({ status: "confirmed", confirmedAt: now, suppressedAt: null, suppressedReason: null })
    .where(and(eq(subscribers.id, id), inArray(subscribers.status, ["pending", "suppressed"])));
}

export function unsubscribeSubscriber(db: Db, id: string, now: number) {
  return db
    .update(subscribers)
    .set({ status: "unsubscribed", unsubscribedAt: now })
    .where(and(eq(subscribers.id, id), ne(subscribers.status, "unsubscribed")));
}

/**
 * The provider says mail to this address bounced for good or was marked as spam: list mail stops.
 * An address that had unsubscribed stays unsubscribed (that is the stronger word).
 */
export function suppressSubscriber(db: Db, email: string, reason: "bounced" | "complained", now: number) {
  return db
    .update(subscribers)
    .set({ status: "suppressed", suppressedAt: now, suppressedReason: reason })
    .where(and(eq(subscribers.email, email.toLowerCase()), inArray(subscribers.status, ["pending", "confirmed"])));
}

/** Addresses list mail no longer goes to because the provider refused them, for the vendor to chase. */
export async function listSuppressedSubscribers(db: Db): Promise<Pick<SubscriberRow, "email" | "suppressedAt" | "suppressedReason">[]> {
  return db
    .select({ email: subscribers.email, suppressedAt: subscribers.suppressedAt, suppressedReason: subscribers.suppressedReason })
    .from(subscribers)
    .where(eq(subscribers.status, "suppressed"))
    .orderBy(asc(subscribers.email))
    .all();
}
