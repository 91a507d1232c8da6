import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../client";
import { emailDeliveries, noticeContacts, settings, subscribers } from "../schema";
import type { EmailHold } from "@/emails/resend-answer";
import { newId } from "@/workers/ids";
import { enqueueContactFanout, sameAddress, type FanoutKeys } from "./notice-contacts";

export type DeliveryRow = typeof emailDeliveries.$inferSelect;

export interface OwedEmail {
  idempotencyKey: string;
  template: string;
  params: Record<string, string>;
  recipient: string;
  lang: "en" | "fr";
  noticeId: string | null;
}

/** Records a message owed to one recipient. Idempotent on the key: owing it twice changes nothing. */
export async function enqueueEmail(db: Db, email: OwedEmail, now: number): Promise<void> {
  await db
    .insert(emailDeliveries)
    .values({ id: newId("eml"), ...email, status: "pending", attempts: 0, createdAt: now })
    .onConflictDoNothing({ target: emailDeliveries.idempotencyKey });
}

/**
 * Owes the notice to every confirmed subscriber and every organisation's active notice contact,
 * one statement each, so the audience is the one at publication and a repeated call (an alarm run
 * twice) adds nobody twice. A person who is both gets one copy, the contact's (see
 * enqueueContactFanout): subscribers go first and leave out the contacts' addresses.
 */
export async function enqueueNoticeFanout(db: Db, noticeId: string, now: number): Promise<number> {
  return enqueueAudienceFanout(db, noticeId, "notice-published", `notice:${noticeId}:`, now);
}

/** Owes the news of a withdrawal to the same audience as the notice itself. */
export async function enqueueNoticeWithdrawnFanout(db: Db, noticeId: string, now: number): Promise<number> {
  return enqueueAudienceFanout(db, noticeId, "notice-withdrawn", `notice-withdrawn:${noticeId}:`, now);
}

async function enqueueAudienceFanout(db: Db, noticeId: string, template: string, keyPrefix: string, now: number): Promise<number> {
  const keys = { subscriber: `${keyPrefix}sub:`, contact: `${keyPrefix}contact:` };
  const subscribed = await enqueueSubscriberFanout(db, noticeId, template, keys, now);
  return subscribed + (await enqueueContactFanout(db, noticeId, template, keys, now));
}

async function enqueueSubscriberFanout(db: Db, noticeId: string, template: string, keys: FanoutKeys, now: number): Promise<number> {
  // Left out: an active contact's address (the contact's copy is theirs), and one whose contact
  // was owed this message before (a repeated call after that contact turned inactive).
  const result = await db.run(sql`
    insert into ${emailDeliveries} (id, idempotency_key, template, params, notice_id, recipient, lang, status, attempts, created_at)
    select 'eml_' || lower(hex(randomblob(10))), ${keys.subscriber} || ${subscribers.id}, ${template},
           json_object('noticeId', ${noticeId}, 'subscriberId', ${subscribers.id}), ${noticeId}, ${subscribers.email}, ${subscribers.lang},
           'pending', 0, ${now}
    from ${subscribers}
    where ${subscribers.status} = 'confirmed'
      and ${sameAddress(subscribers.email)} not in (
        select ${sameAddress(noticeContacts.email)} from ${noticeContacts}
        where ${noticeContacts.status} = 'active'
           or exists (select 1 from ${emailDeliveries} where ${emailDeliveries.idempotencyKey} = ${keys.contact} || ${noticeContacts.id}))
    order by ${subscribers.id}
    on conflict (idempotency_key) do nothing`);
  return result.meta.changes;
}

/** The next pending messages of one notice (or of no notice), oldest id first: a stable batch. */
export interface PendingFilter {
  noticeId: string | null;
  limit: number;
  onlyKey?: string;
  /** Only rows owed before this time (ms): leaves alone a message a request is sending right now. */
  createdBefore?: number;
  /** Only ids after this one: the batch after one still on its way, whose rows are still pending. */
  afterId?: string;
}

export async function pendingDeliveries(db: Db, { noticeId, limit, onlyKey, createdBefore, afterId }: PendingFilter): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(emailDeliveries)
    .where(
      and(
        eq(emailDeliveries.status, "pending"),
        noticeId === null ? isNull(emailDeliveries.noticeId) : eq(emailDeliveries.noticeId, noticeId),
        onlyKey ? eq(emailDeliveries.idempotencyKey, onlyKey) : undefined,
        createdBefore !== undefined ? lt(emailDeliveries.createdAt, createdBefore) : undefined,
        afterId !== undefined ? gt(emailDeliveries.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(emailDeliveries.id))
    .limit(limit)
    .all();
}

export async function countPendingDeliveries(db: Db, noticeId: string | null): Promise<number> {
  const row = await db
    .select({ n: sql<number>`count(*)` })
    .from(emailDeliveries)
    .where(and(eq(emailDeliveries.status, "pending"), noticeId === null ? isNull(emailDeliveries.noticeId) : eq(emailDeliveries.noticeId, noticeId)))
    .get();
  return row?.n ?? 0;
}

/** Marks one message sent (provider id null when the provider accepted it earlier and did not repeat it). Only a pending row changes. */
export function markDeliverySent(db: Db, id: string, providerId: string | null, subject: string, now: number) {
  return db
    .update(emailDeliveries)
    .set({ status: "sent", providerId, subject, sentAt: now, attempts: sql`${emailDeliveries.attempts} + 1`, lastError: null })
    .where(and(eq(emailDeliveries.id, id), eq(emailDeliveries.status, "pending")));
}

/** Records a failed attempt; after the last allowed attempt the row is marked failed for good. */
export function markDeliveryAttemptFailed(db: Db, id: string, error: string, giveUp: boolean) {
  return db
    .update(emailDeliveries)
    .set({ attempts: sql`${emailDeliveries.attempts} + 1`, lastError: error.slice(0, 500), ...(giveUp ? { status: "failed" as const } : {}) })
    .where(and(eq(emailDeliveries.id, id), eq(emailDeliveries.status, "pending")));
}

/** Records a call the provider refused for a reason that is not this message's: no attempt is used up. */
export function markDeliveryDeferred(db: Db, id: string, error: string) {
  return db
    .update(emailDeliveries)
    .set({ lastError: error.slice(0, 500) })
    .where(and(eq(emailDeliveries.id, id), eq(emailDeliveries.status, "pending")));
}

export type DeliveryOutcome = NonNullable<DeliveryRow["outcome"]>;

/** Which earlier outcomes a new one replaces: "delayed" never hides a final word, complained follows delivered. */
const REPLACES: Record<DeliveryOutcome, DeliveryOutcome[]> = {
  delayed: [],
  delivered: ["delayed"],
  bounced: ["delayed"],
  complained: ["delayed", "delivered"],
};

/** The sent message the provider knows by this id, if it is one of ours. */
export async function findDeliveryByProviderId(db: Db, providerId: string): Promise<DeliveryRow | undefined> {
  return db.select().from(emailDeliveries).where(eq(emailDeliveries.providerId, providerId)).get();
}

/** Records what the provider said became of a message, unless it already said something final. */
export function recordDeliveryOutcome(db: Db, id: string, outcome: DeliveryOutcome, at: number) {
  const replaceable = REPLACES[outcome];
  const current = replaceable.length > 0 ? or(isNull(emailDeliveries.outcome), inArray(emailDeliveries.outcome, replaceable)) : isNull(emailDeliveries.outcome);
  return db.update(emailDeliveries).set({ outcome, outcomeAt: at }).where(and(eq(emailDeliveries.id, id), current));
}

/** Sent messages by what the provider said of them since (null: nothing yet), for the vendor's delivery page. */
export async function countSentByOutcome(db: Db): Promise<{ outcome: DeliveryOutcome | null; n: number }[]> {
  return db
    .select({ outcome: emailDeliveries.outcome, n: sql<number>`count(*)` })
    .from(emailDeliveries)
    .where(eq(emailDeliveries.status, "sent"))
    .groupBy(emailDeliveries.outcome)
    .all();
}

/** One hold at a time for all sending (emails/resend-answer.ts), kept in the settings table. */
const EMAIL_HOLD = "email_hold";
const storedHold = z.object({
  reason: z.enum(["rate_limit", "quota", "refused"]),
  error: z.string(),
  since: z.number(),
  until: z.number(),
}) satisfies z.ZodType<EmailHold>;

export async function readEmailHold(db: Db): Promise<EmailHold | null> {
  const row = await db.select().from(settings).where(eq(settings.key, EMAIL_HOLD)).get();
  if (!row) return null;
  const parsed = storedHold.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

export function holdEmail(db: Db, hold: EmailHold) {
  const value = JSON.stringify(hold);
  return db.insert(settings).values({ key: EMAIL_HOLD, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}

/**
 * Ends the hold a run read, and only that one: with batches under way at once, another batch may
 * have just recorded a new hold (a later `until`), which must stay.
 */
export function releaseEmailHold(db: Db, released: EmailHold) {
  return db
    .delete(settings)
    .where(
      and(
        eq(settings.key, EMAIL_HOLD),
        sql`json_extract(${settings.value}, '$.since') = ${released.since}`,
        sql`json_extract(${settings.value}, '$.until') = ${released.until}`,
      ),
    );
}
