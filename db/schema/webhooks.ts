import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** The events a vendor-risk tool can subscribe to (docs/webhooks.md documents each body). */
export const webhookEventTypes = ["notice.published", "notice.withdrawn", "change.effective", "objection.window_closed"] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** A secret a rotation replaced, and the end of the day it still signs in. */
export interface PreviousSecret {
  secret: string;
  until: number;
}

/**
 * An endpoint the vendor admin registered. The secret signs every message (Standard Webhooks); it
 * is shown once, when created or rotated, and kept here because signing needs it (the one a
 * rotation replaced too, for a day).
 */
export const webhookEndpoints = sqliteTable("webhook_endpoints", {
  id: text("id").primaryKey(), // "whe_…"
  url: text("url").notNull(),
  events: text("events", { mode: "json" }).$type<WebhookEventType[]>().notNull(),
  secret: text("secret").notNull(), // "whsec_…"
  // The secrets rotations replaced, each still signing beside the new one for a day, so a receiver
  // can switch without refusing a message, however many rotations that day held (docs/webhooks.md).
  // A rotation leaves out those whose day is over.
  previousSecrets: text("previous_secrets", { mode: "json" }).$type<PreviousSecret[]>().notNull().default([]),
  // disabled_reason says who turned it off: the admin, or a run of failures (docs/webhooks.md).
  status: text("status", { enum: ["active", "disabled"] }).notNull(),
  disabledReason: text("disabled_reason", { enum: ["admin", "failures"] }),
  /** Failed attempts in a row, across its deliveries; a success sets it back to 0. */
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  /** When the first failure of the current run happened (null: the last attempt succeeded). */
  failingSince: integer("failing_since"),
  createdAt: integer("created_at").notNull(),
  createdBy: text("created_by").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * One event owed to one endpoint. Its id is the message's `webhook-id`, the same on every retry,
 * and (endpoint, event) is unique, so an event emitted twice is owed once.
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(), // "msg_…", sent as webhook-id
    endpointId: text("endpoint_id").notNull(),
    eventId: text("event_id").notNull(), // "<type>:<notice id>"
    eventType: text("event_type").$type<WebhookEventType>().notNull(),
    /** The exact JSON body sent on every attempt. */
    body: text("body").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    lastAttemptAt: integer("last_attempt_at"),
    nextAttemptAt: integer("next_attempt_at"),
    createdAt: integer("created_at").notNull(),
    deliveredAt: integer("delivered_at"),
  },
  (t) => [uniqueIndex("webhook_deliveries_event").on(t.endpointId, t.eventId), index("webhook_deliveries_due").on(t.endpointId, t.status, t.nextAttemptAt)],
);
