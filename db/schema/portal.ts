import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Times are integer milliseconds since the epoch, in the application's clock (see workers/core/clock.ts). */

/** The live public list. A row appears or changes only when a notice takes effect (or by seed). */
export const subprocessors = sqliteTable("subprocessors", {
  id: text("id").primaryKey(), // stable public id, e.g. "sp_cloudflare"
  name: text("name").notNull(),
  legalEntity: text("legal_entity").notNull(),
  purpose: text("purpose").notNull(),
  location: text("location").notNull(),
  dataCategories: text("data_categories", { mode: "json" }).$type<string[]>().notNull(),
  transferMechanism: text("transfer_mechanism").notNull(),
  website: text("website").notNull(),
  status: text("status", { enum: ["active", "removed"] }).notNull(),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/** A proposed change to the list and its clock. The NoticeClock Durable Object is the writer once published. */
export const notices = sqliteTable(
  "notices",
  {
    id: text("id").primaryKey(), // "ntc_…"
    changeKind: text("change_kind", { enum: ["add", "remove", "change"] }).notNull(),
    subprocessorId: text("subprocessor_id").notNull(), // for "add", the id the new row will get
    proposed: text("proposed", { mode: "json" }).$type<Record<string, string | string[]>>().notNull(),
    reason: text("reason").notNull(),
    status: text("status", {
      enum: ["draft", "published", "window_closed", "effective", "withdrawn"],
    }).notNull(),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at").notNull(),
    createdBy: text("created_by").notNull(),
    publishedAt: integer("published_at"),
    objectionDeadline: integer("objection_deadline"),
    effectiveAt: integer("effective_at"),
    withdrawnAt: integer("withdrawn_at"),
    appliedAt: integer("applied_at"),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("notices_status").on(t.status)],
);

export const subscribers = sqliteTable("subscribers", {
  id: text("id").primaryKey(), // "sub_…"
  email: text("email").notNull().unique(), // lower-cased
  lang: text("lang", { enum: ["en", "fr"] }).notNull(),
  // suppressed: a message to the address bounced for good or was marked as spam; list mail stops
  // until the person subscribes again (and confirms, proving the mailbox works).
  status: text("status", { enum: ["pending", "confirmed", "unsubscribed", "suppressed"] }).notNull(),
  createdAt: integer("created_at").notNull(),
  confirmedAt: integer("confirmed_at"),
  unsubscribedAt: integer("unsubscribed_at"),
  suppressedAt: integer("suppressed_at"),
  suppressedReason: text("suppressed_reason", { enum: ["bounced", "complained"] }),
});

export const objections = sqliteTable(
  "objections",
  {
    id: text("id").primaryKey(), // "obj_…"
    noticeId: text("notice_id").notNull(),
    organisation: text("organisation").notNull(),
    contactEmail: text("contact_email").notNull(),
    grounds: text("grounds").notNull(),
    lang: text("lang", { enum: ["en", "fr"] }).notNull(),
    status: text("status", { enum: ["open", "resolved", "termination_right"] }).notNull(),
    remedy: text("remedy", {
      enum: ["change_cancelled", "remediated", "feature_stopped", "customer_stops_data", "change_withdrawn"],
    }),
    resolutionNote: text("resolution_note"),
    receivedAt: integer("received_at").notNull(),
    resolutionDeadline: integer("resolution_deadline").notNull(),
    resolvedAt: integer("resolved_at"),
    resolvedBy: text("resolved_by"),
  },
  (t) => [index("objections_notice").on(t.noticeId)],
);
