import { and, asc, eq, inArray, ne, sql, type AnyColumn } from "drizzle-orm";
import type { Db } from "../client";
import { emailDeliveries, noticeContacts, orgs, subscribers } from "../schema";

export type NoticeContactRow = typeof noticeContacts.$inferSelect;
export type ContactRole = NoticeContactRow["role"];

/** The organisation's contacts as its admin manages them: every one not removed, by name. */
export async function listOrgContacts(db: Db, orgId: string): Promise<NoticeContactRow[]> {
  return db
    .select()
    .from(noticeContacts)
    .where(and(eq(noticeContacts.orgId, orgId), ne(noticeContacts.status, "removed")))
    .orderBy(asc(noticeContacts.name), asc(noticeContacts.email))
    .all();
}

/** A contact with its organisation's language, which its emails are written in. */
export async function findContact(db: Db, id: string): Promise<(NoticeContactRow & { lang: "en" | "fr" }) | undefined> {
  const row = await db.select({ contact: noticeContacts, lang: orgs.lang }).from(noticeContacts).innerJoin(orgs, eq(orgs.id, noticeContacts.orgId)).where(eq(noticeContacts.id, id)).get();
  return row ? { ...row.contact, lang: row.lang } : undefined;
}

export async function findOrgContactByEmail(db: Db, orgId: string, email: string): Promise<NoticeContactRow | undefined> {
  return db.select().from(noticeContacts).where(and(eq(noticeContacts.orgId, orgId), eq(noticeContacts.email, email.toLowerCase()))).get();
}

/**
 * Adds a contact, active at once. The same address added again to the same organisation (after a
 * removal, an unsubscribe or a bounce) is that contact again, active, with the name and role given
 * now: its admin's word that the mailbox is read.
 */
export function upsertContact(db: Db, row: { id: string; orgId: string; name: string; role: ContactRole; email: string; createdBy: string; now: number }) {
  const fields = { name: row.name, role: row.role, status: "active" as const, suppressedReason: null, statusAt: row.now };
  return db
    .insert(noticeContacts)
    .values({ id: row.id, orgId: row.orgId, email: row.email.toLowerCase(), createdAt: row.now, createdBy: row.createdBy, ...fields })
    .onConflictDoUpdate({ target: [noticeContacts.orgId, noticeContacts.email], set: fields });
}

/** Removes one of the organisation's contacts (the row stays, for past notices' reach). */
export function removeContact(db: Db, orgId: string, id: string, now: number) {
  return db
    .update(noticeContacts)
    .set({ status: "removed", statusAt: now })
    .where(and(eq(noticeContacts.id, id), eq(noticeContacts.orgId, orgId), ne(noticeContacts.status, "removed")));
}

/** The contact's own one-click unsubscribe; a removed contact stays removed. */
export function unsubscribeContact(db: Db, id: string, now: number) {
  return db
    .update(noticeContacts)
    .set({ status: "unsubscribed", statusAt: now })
    .where(and(eq(noticeContacts.id, id), inArray(noticeContacts.status, ["active", "suppressed"])));
}

/** The provider refused the address for good, or its reader marked a message as spam: mail to it as a contact stops, in every organisation. */
export function suppressContacts(db: Db, email: string, reason: "bounced" | "complained", now: number) {
  return db
    .update(noticeContacts)
    .set({ status: "suppressed", suppressedReason: reason, statusAt: now })
    .where(and(eq(noticeContacts.email, email.toLowerCase()), eq(noticeContacts.status, "active")));
}

/**
 * Addresses compare as people type them: case-insensitively, after trimming. Both tables store
 * them lower-cased already; comparing the normalised forms keeps a row written another way (an
 * import, an older version) from slipping a second copy through.
 */
export const sameAddress = (column: AnyColumn) => sql`lower(trim(${column}))`;

/** The idempotency-key prefixes of one notice message's fan-out, for subscribers and for contacts. */
export interface FanoutKeys {
  subscriber: string;
  contact: string;
}

/**
 * Owes a notice message to every active contact, in one statement after the subscribers' fan-out,
 * in its organisation's language. A contact who is also a confirmed subscriber gets this one copy,
 * in the language they subscribed in, not two: the contact's, because its objection link ties an objection to the organisation and the
 * notice's reach per organisation counts it. It carries the subscription's id too, so its
 * unsubscribe stops both (the page promises no more notices to the address). Left out: a contact
 * whose address was owed this message as a subscriber before (a repeated call after the contact
 * was added), so one person still gets one copy. The key names the contact, so a repeated call
 * adds nobody twice; a person who is a contact of two organisations is two contacts, one each.
 */
export async function enqueueContactFanout(db: Db, noticeId: string, template: string, keys: FanoutKeys, now: number): Promise<number> {
  const subscription = (column: typeof subscribers.id | typeof subscribers.lang) =>
    sql`(select ${column} from ${subscribers} where ${subscribers.status} = 'confirmed' and ${sameAddress(subscribers.email)} = ${sameAddress(noticeContacts.email)} order by ${subscribers.id} limit 1)`;
  const subscribed = subscription(subscribers.id);
  const result = await db.run(sql`
    insert into ${emailDeliveries} (id, idempotency_key, template, params, notice_id, recipient, lang, status, attempts, created_at)
    select 'eml_' || lower(hex(randomblob(10))), ${keys.contact} || ${noticeContacts.id}, ${template},
           -- A merge patch drops a null member: no subscription, no subscriberId.
           json_patch(json_object('noticeId', ${noticeId}, 'contactId', ${noticeContacts.id}, 'orgId', ${noticeContacts.orgId}), json_object('subscriberId', ${subscribed})),
           -- The language the person chose when subscribing, if they did; else their organisation's.
           ${noticeId}, ${noticeContacts.email}, coalesce(${subscription(subscribers.lang)}, ${orgs.lang}), 'pending', 0, ${now}
    from ${noticeContacts} join ${orgs} on ${orgs.id} = ${noticeContacts.orgId}
    where ${noticeContacts.status} = 'active'
      and ${sameAddress(noticeContacts.email)} not in (
        select ${sameAddress(subscribers.email)} from ${subscribers}
        join ${emailDeliveries} on ${emailDeliveries.idempotencyKey} = ${keys.subscriber} || ${subscribers.id})
    order by ${noticeContacts.id}
    on conflict (idempotency_key) do nothing`);
  return result.meta.changes;
}

/** A notice's messages to notice contacts, counted per organisation in one pass over the notice's deliveries. */
export async function countContactDeliveriesByOrg(db: Db, noticeId: string) {
  const orgId = sql<string>`json_extract(${emailDeliveries.params}, '$.orgId')`;
  return db
    .select({
      orgId,
      told: sql<number>`count(case when ${emailDeliveries.status} = 'sent' then 1 end)`,
      owed: sql<number>`count(case when ${emailDeliveries.status} = 'pending' then 1 end)`,
      delivered: sql<number>`count(case when ${emailDeliveries.outcome} = 'delivered' then 1 end)`,
      refused: sql<number>`count(case when ${emailDeliveries.outcome} in ('bounced', 'complained') then 1 end)`,
    })
    .from(emailDeliveries)
    .where(and(eq(emailDeliveries.noticeId, noticeId), eq(emailDeliveries.template, "notice-published"), sql`json_extract(${emailDeliveries.params}, '$.contactId') is not null`))
    .groupBy(orgId)
    .all();
}

/** Every organisation with how many contacts it registered and how many of them mail still reaches. */
export async function countContactsByOrg(db: Db) {
  return db
    .select({
      orgId: orgs.id,
      name: orgs.name,
      registered: sql<number>`count(case when ${noticeContacts.status} <> 'removed' then 1 end)`,
      working: sql<number>`count(case when ${noticeContacts.status} = 'active' then 1 end)`,
    })
    .from(orgs)
    .leftJoin(noticeContacts, eq(noticeContacts.orgId, orgs.id))
    .groupBy(orgs.id)
    .orderBy(asc(orgs.name))
    .all();
}
