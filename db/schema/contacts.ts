import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * An organisation's contractual notice contacts (its DPO, legal, security people), registered by
 * the organisation's admin. Unlike subscribers they need no double opt-in (their admin vouches for
 * them), but each keeps a one-click unsubscribe, and a bounce or complaint stops mail to them.
 * A removed contact keeps its row: past notices' reach and evidence still name it.
 */
export const noticeContacts = sqliteTable(
  "notice_contacts",
  {
    id: text("id").primaryKey(), // "nct_…", the unsubscribe token's subject
    orgId: text("org_id").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["dpo", "legal", "security", "other"] }).notNull(),
    email: text("email").notNull(), // lower-cased
    status: text("status", { enum: ["active", "unsubscribed", "suppressed", "removed"] }).notNull(),
    suppressedReason: text("suppressed_reason", { enum: ["bounced", "complained"] }),
    createdAt: integer("created_at").notNull(),
    createdBy: text("created_by").notNull(),
    statusAt: integer("status_at").notNull(),
  },
  (t) => [uniqueIndex("notice_contacts_org_email").on(t.orgId, t.email), index("notice_contacts_email").on(t.email)],
);
