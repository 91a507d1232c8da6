import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const admins = sqliteTable("admins", {
  email: text("email").primaryKey(), // lower-cased
  // vendor_admin runs the subprocessor portal; org_admin manages one organisation's rooms;
  // org_member may only open that organisation's room finder.
  role: text("role", { enum: ["vendor_admin", "org_admin", "org_member"] }).notNull(),
  orgId: text("org_id"), // set for org roles, null for vendor admins
  createdAt: integer("created_at").notNull(),
  // The language of the emails they get (sign-in links, termination rights, incidents), chosen on
  // their profile; null: as before, the language of the page they asked from or their organisation's.
  lang: text("lang", { enum: ["en", "fr"] }),
});

/** Single-use tokens (magic links) are spent by inserting their jti here; a second insert fails. */
export const usedTokens = sqliteTable("used_tokens", {
  jti: text("jti").primaryKey(),
  purpose: text("purpose").notNull(),
  usedAt: integer("used_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
});

/** Fixed-window counters for rate limits, keyed by "<action>:<address or client>". */
export const rateLimits = sqliteTable("rate_limits", {
  bucket: text("bucket").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/** Small key/value settings, e.g. the dev clock offset. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
