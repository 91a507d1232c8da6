import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { BatchItem } from "drizzle-orm/batch";
import { listVersions, notices, webhookDeliveries, webhookEndpoints, type WebhookEventType } from "../schema";

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

export function insertWebhookEndpoint(db: Db, row: Omit<WebhookEndpointRow, "consecutiveFailures" | "failingSince" | "disabledReason" | "previousSecret" | "previousSecretUntil">) {
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
 * A new secret; the one it replaces keeps signing beside it until `previousUntil`. Read and written
 * in one statement, so two rotations at once each keep the secret the other replaced.
 */
export function rotateWebhookSecretTo(db: Db, id: string, secret: string, previousUntil: number, now: number) {
  return db
    .update(webhookEndpoints)
    .set({ previousSecret: sql`${webhookEndpoints.secret}`, previousSecretUntil: previousUntil, secret, updatedAt: now })
    .where(eq(webhookEndpoints.id, id));
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
  // Every column, in the table's order: an insert-select names them all.
  return db
    .insert(webhookDeliveries)
    .select(
      sql`select 'msg_' || lower(hex(randomblob(12))), ${webhookEndpoints.id}, ${event.id}, ${event.type}, ${body}, 'pending', 0, null, null, null, ${now}, ${now}, null
        from ${webhookEndpoints}
        where ${webhookEndpoints.status} = 'active' and exists (select 1 from json_each(${webhookEndpoints.events}) where value = ${event.type})
        order by ${webhookEndpoints.id}`,
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
