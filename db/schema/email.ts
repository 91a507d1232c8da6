import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * One row per message we owe one recipient. The unique idempotency key ("notice:<id>:sub:<id>")
 * is what makes a fan-out exactly-once: rows are created once, and sent rows are never sent again.
 */
export const emailDeliveries = sqliteTable(
  "email_deliveries",
  {
    id: text("id").primaryKey(), // "eml_…"
    idempotencyKey: text("idempotency_key").notNull().unique(),
    template: text("template").notNull(),
    params: text("params", { mode: "json" }).$type<Record<string, string>>().notNull(),
    noticeId: text("notice_id"),
    recipient: text("recipient").notNull(),
    lang: text("lang", { enum: ["en", "fr"] }).notNull(),
    subject: text("subject"),
    status: text("status", { enum: ["pending", "sent", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    providerId: text("provider_id"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
    /**
     * What the provider later said became of a sent message (its delivery webhooks): delivered,
     * bounced, complained (marked as spam) or delayed. Null until it says; a later word replaces
     * an earlier one (delayed, then delivered).
     */
    outcome: text("outcome", { enum: ["delivered", "bounced", "complained", "delayed"] }),
    outcomeAt: integer("outcome_at"),
  },
  (t) => [index("email_deliveries_pending").on(t.noticeId, t.status)],
);
