import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { BatchItem } from "drizzle-orm/batch";
import { listVersions, notices, webhookDeliveries, webhookEndpoints, type WebhookEventType } from "../schema";

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

export function insertWebhookEndpoint(db: Db, row: Omit<WebhookEndpointRow, "consecutiveFailures" | "failingSince" | "disabledReason" | "previousSecrets">) {
  return db.insert(webhookEndpoints).values(row);
}

export async function listWebhookEndpoints(db: Db): Promise<WebhookEndpointRow[]> {
  return db.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id)).all();
}

export async function findWebhookEndpoint(db: Db, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).get();
}

/** Turned on by the admin: the run of failures is forgotten. */
export function enableWebhookEndpoint(db: Db, id: string, now: number) {
  return db.update(webhookEndpoints).set({ status: "active", disabledReason: null, consecutiveFailures: 0, failingSince: null, updatedAt: now }).where(eq(webhookEndpoints.id, id));
}

export function disableWebhookEndpoint(db: Db, id: string, reason: "admin" | "failures", now: number) {
  return db.update(webhookEndpoints).set({ status: "disabled", disabledReason: reason, updatedAt: now }).where(eq(webhookEndpoints.id, id));
}

/**
 * A new secret; the one it replaces joins the previous secrets, signing beside it until
 * `previousUntil`, and those whose day is over are left out (they are kept no longer than they
 * sign). Every secret still in its day stays: after two rotations in a day the receiver may hold
 * either older one. Read and written in one statement, so two rotations at once each keep the
 * secret the other replaced.
 */
export function rotateWebhookSecretTo(db: Db, id: string, secret: string, previousUntil: number, now: number) {
  const kept = sql`(select json_group_array(json(value)) from (
      ${stillSigning(now)}
      union all select json_object('secret', ${webhookEndpoints.secret}, 'until', ${previousUntil})))`;
  return db.update(webhookEndpoints).set({ previousSecrets: kept, secret, updatedAt: now }).where(eq(webhookEndpoints.id, id));
}

/** The endpoint's replaced secrets still in their day at `now`, as rows of JSON (`value`). */
function stillSigning(now: number) {
  return sql`select value from json_each(${webhookEndpoints.previousSecrets}) where json_extract(value, '$.until') > ${now}`;
}

/** Replaced secrets whose day is over are deleted, not kept unused (docs/privacy.md); one statement for every endpoint. */
export function forgetExpiredWebhookSecrets(db: Db, now: number) {
  const expired = sql`exists (select 1 from json_each(${webhookEndpoints.previousSecrets}) where json_extract(value, '$.until') <= ${now})`;
  return db.update(webhookEndpoints).set({ previousSecrets: sql`(select json_group_array(json(value)) from (${stillSigning(now)}))` }).where(expired);
}

/** The endpoint and every delivery it was owed. */
export function deleteWebhookEndpoint(db: Db, id: string) {
  return [db.delete(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id)), db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id))] as const;
}

/** One event a transition owes: its body as JSON, the fields the same batch writes still to fill in. */
export interface OwedWebhookEvent {
  id: string;
  type: WebhookEventType;
  noticeId: string;
  body: string;
  /** For change.effective: the URL of the list's versions, to which the version's number is added. */
  versionsUrl?: string;
}

/**
 * Owes one event to every active endpoint subscribed to its type, as one statement of the
 * transition's own D1 batch: the event exists exactly when the transition does, and a second run
 * adds nothing (the endpoint and event are unique together). What earlier statements of the
 * batch write — the withdrawal's reason, the version the change made — is read into the body here.
 */
export function oweWebhookEvent(db: Db, event: OwedWebhookEvent, now: number): BatchItem<"sqlite"> {
  const reason = sql`(select ${notices.withdrawalReason} from ${notices} where ${notices.id} = ${event.noticeId})`;
  const version = sql`(select ${listVersions.version} from ${listVersions} where ${listVersions.noticeId} = ${event.noticeId})`;
  const body =
    event.versionsUrl === undefined
      ? sql`json_set(${event.body}, '$.data.withdrawalReason', ${reason})`
      : sql`json_set(${event.body}, '$.data.withdrawalReason', ${reason}, '$.data.version', ${version}, '$.data.versionUrl', ${`${event.versionsUrl}/`} || ${version} || '.json')`;
  // Every column by name, in the table's order: drizzle refuses an insert-select whose fields are
  // not the table's, so a column added later fails this statement's tests instead of shifting values.
  return db
    .insert(webhookDeliveries)
    .select(
      db
        .select({
          id: sql<string>`'msg_' || lower(hex(randomblob(12)))`.as("id"),
          endpointId: webhookEndpoints.id,
          eventId: sql<string>`${event.id}`.as("event_id"),
          eventType: sql<WebhookEventType>`${event.type}`.as("event_type"),
          body: sql<string>`${body}`.as("body"),
          status: sql<"pending">`'pending'`.as("status"),
          attempts: sql<number>`0`.as("attempts"),
          lastStatus: sql<null>`null`.as("last_status"),
          lastError: sql<null>`null`.as("last_error"),
          lastAttemptAt: sql<null>`null`.as("last_attempt_at"),
          nextAttemptAt: sql<number>`${now}`.as("next_attempt_at"),
          createdAt: sql<number>`${now}`.as("created_at"),
          deliveredAt: sql<null>`null`.as("delivered_at"),
        })
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.status, "active"), sql`exists (select 1 from json_each(${webhookEndpoints.events}) where value = ${event.type})`))
        .orderBy(webhookEndpoints.id),
    )
    .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.eventId] });
}

/** The endpoints with one of these events still to send, whose senders are to be woken. */
export async function endpointsOwingEvents(db: Db, eventIds: string[]): Promise<string[]> {
  if (eventIds.length === 0) return [];
  const owed = await db
    .selectDistinct({ endpointId: webhookDeliveries.endpointId })
    .from(webhookDeliveries)
    .where(and(inArray(webhookDeliveries.eventId, eventIds), eq(webhookDeliveries.status, "pending")))
    .all();
  return owed.map((row) => row.endpointId);
}

/** The endpoint's deliveries due by `now`, oldest first: an endpoint gets its events in order. */
export async function dueWebhookDeliveries(db: Db, endpointId: string, now: number, limit = 20): Promise<WebhookDeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.createdAt), asc(webhookDeliveries.id))
    .limit(limit)
    .all();
}

/** When the endpoint's next pending delivery is due, or null when nothing is pending. */
export async function nextWebhookAttemptAt(db: Db, endpointId: string): Promise<number | null> {
  const row = await db
    .select({ next: sql<number | null>`min(${webhookDeliveries.nextAttemptAt})` })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending")))
    .get();
  return row?.next ?? null;
}

/** Pending deliveries of a re-enabled endpoint are tried at once. */
export function retryPendingDeliveriesNow(db: Db, endpointId: string, now: number) {
  return db.update(webhookDeliveries).set({ nextAttemptAt: now }).where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending")));
}

export interface AttemptOutcome {
  deliveryId: string;
  endpointId: string;
  at: number;
  status: number | null;
  error: string | null;
}

/** A 2xx: the delivery is done and the endpoint's run of failures is over. */
export function recordDelivered(db: Db, outcome: AttemptOutcome) {
  return [
    db
      .update(webhookDeliveries)
      .set({ status: "delivered", attempts: sql`${webhookDeliveries.attempts} + 1`, lastStatus: outcome.status, lastError: null, lastAttemptAt: outcome.at, nextAttemptAt: null, deliveredAt: outcome.at })
      .where(eq(webhookDeliveries.id, outcome.deliveryId)),
    db.update(webhookEndpoints).set({ consecutiveFailures: 0, failingSince: null }).where(eq(webhookEndpoints.id, outcome.endpointId)),
  ] as const;
}

/** A failed attempt: tried again at `nextAttemptAt`, or failed for good when that is null; the endpoint's run grows by one. */
export function recordAttemptFailed(db: Db, outcome: AttemptOutcome, nextAttemptAt: number | null) {
  return [
    db
      .update(webhookDeliveries)
      .set({
        status: nextAttemptAt === null ? "failed" : "pending",
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatus: outcome.status,
        lastError: outcome.error,
        lastAttemptAt: outcome.at,
        nextAttemptAt,
      })
      .where(eq(webhookDeliveries.id, outcome.deliveryId)),
    db
      .update(webhookEndpoints)
      .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`, failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${outcome.at})` })
      .where(eq(webhookEndpoints.id, outcome.endpointId)),
  ] as const;
}

/** The latest deliveries of each endpoint, newest first, for the admin page's log. */
export async function recentWebhookDeliveries(db: Db, endpointIds: string[], perEndpoint = 10): Promise<WebhookDeliveryRow[]> {
  if (endpointIds.length === 0) return [];
  const rows = await db.select().from(webhookDeliveries).where(inArray(webhookDeliveries.endpointId, endpointIds)).orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id)).all();
  const seen = new Map<string, number>();
  return rows.filter((row) => {
    const count = (seen.get(row.endpointId) ?? 0) + 1;
    seen.set(row.endpointId, count);
    return count <= perEndpoint;
  });
}

/** Active endpoints with a delivery due by `now`: the cron wakes their senders in case a wake-up was lost. */
export async function endpointsWithDueDeliveries(db: Db, now: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ endpointId: webhookDeliveries.endpointId })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookEndpoints.status, "active"), eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
    .all();
  return rows.map((row) => row.endpointId);
}
