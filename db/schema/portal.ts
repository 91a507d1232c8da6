import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Times are integer milliseconds since the epoch, in the application's clock (see workers/core/clock.ts). */

/** The live public list. A row appears or changes when a notice takes effect, by a correction of a non-material field, or by seed. */
export const subprocessors = sqliteTable("subprocessors", {
  id: text("id").primaryKey(), // stable public id, e.g. "sp_cloudflare"
  name: text("name").notNull(),
  legalEntity: text("legal_entity").notNull(),
  purpose: text("purpose").notNull(),
  location: text("location").notNull(),
  dataCategories: text("data_categories", { mode: "json" }).$type<string[]>().notNull(),
  transferMechanism: text("transfer_mechanism").notNull(),
  website: text("website").notNull(),
  // Its free-text facts in French, where written (null: English only; workers/domain/french-content.ts).
  // Read it through frenchFromStore (workers/core/shared-output.schema.ts): unknown until checked.
  french: text("french", { mode: "json" }).$type<unknown>(),
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
    // The French the vendor admin wrote beside the English (null: English only, shown to French readers).
    // Unknown until checked, like subprocessors.french.
    proposedFrench: text("proposed_french", { mode: "json" }).$type<unknown>(),
    reasonFrench: text("reason_french"),
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
    // The periods in force when it was published (null: a draft, or published before notices
    // kept them, when the defaults of workers/domain/notice-periods.ts applied).
    noticePeriodDays: integer("notice_period_days"),
    objectionWindowDays: integer("objection_window_days"),
    resolutionPeriodDays: integer("resolution_period_days"),
    withdrawalReason: text("withdrawal_reason"),
    withdrawalReasonFrench: text("withdrawal_reason_french"),
  },
  (t) => [index("notices_status").on(t.status)],
);

/** The periods the vendor admin set for notices published from now on; one row, id 1, or none (the defaults). */
export const contractPeriods = sqliteTable("contract_periods", {
  id: integer("id").primaryKey(),
  noticePeriodDays: integer("notice_period_days").notNull(),
  objectionWindowDays: integer("objection_window_days").notNull(),
  resolutionPeriodDays: integer("resolution_period_days").notNull(),
  updatedAt: integer("updated_at").notNull(),
  updatedBy: text("updated_by").notNull(),
});

/**
 * The public list as it stood after each change took effect, numbered from 1. Version 1 is the
 * list before the first change that took effect (null notice), when there was one. A version
 * with a correction and no notice was made by a direct correction (workers/domain/corrections.ts).
 */
export const listVersions = sqliteTable("list_versions", {
  version: integer("version").primaryKey(),
  noticeId: text("notice_id").unique(),
  effectiveAt: integer("effective_at").notNull(),
  entries: text("entries", { mode: "json" }).notNull(),
  // A version made by a direct correction (no notice): which subprocessor, which fields, and why.
  correction: text("correction", { mode: "json" }).$type<{ subprocessorId: string; subprocessorName: string; fields: string[]; note: string; noteFrench?: string | null }>(),
});

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
    // The customer organisation, when the objection came from one of its notice contacts' own link.
    orgId: text("org_id"),
  },
  (t) => [index("objections_notice").on(t.noticeId)],
);
