import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * The room half. The privacy promise shapes this file: a display's configuration, and per display
 * online/occupied snapshots. No table may hold a meeting's subject, organiser, attendees or times.
 */

/** A customer organisation: a tenant. Every room query is scoped by its id. */
export const orgs = sqliteTable("orgs", {
  id: text("id").primaryKey(), // "org_…"
  slug: text("slug").notNull().unique(), // public, in /rooms/{slug}
  name: text("name").notNull(),
  lang: text("lang", { enum: ["en", "fr"] }).notNull(),
  // Bumping it changes the room-finder link's key, so every copy of the old link stops working.
  finderKeyVersion: integer("finder_key_version").notNull().default(1),
  retentionMonths: integer("retention_months").notNull().default(13),
  // How precisely tablets report occupied/available (docs/privacy.md). The default is the private
  // one: each tablet reports the state as of the last quarter hour, so no meeting time reaches us.
  occupancyReporting: text("occupancy_reporting", { enum: ["quarter_hour", "exact"] }).notNull().default("quarter_hour"),
  // How old a tablet's last good calendar read may be before the finder stops trusting its
  // status and shows "status unknown" (issue 10); also sent to each tablet in its configuration.
  scheduleStaleMinutes: integer("schedule_stale_minutes").notNull().default(60),
  // Public OAuth client ids for the tablets' own calendar sign-in (not secrets).
  microsoftClientId: text("microsoft_client_id"),
  microsoftTenantId: text("microsoft_tenant_id"),
  googleClientId: text("google_client_id"),
  // The subject of an event booked at a panel; null: "Booked at the room display" in `lang`.
  bookingSubject: text("booking_subject"),
  createdAt: integer("created_at").notNull(),
});

/** One tablet outside one room, with the configuration it fetches at each load. */
export const displays = sqliteTable(
  "displays",
  {
    id: text("id").primaryKey(), // "dsp_…"
    orgId: text("org_id").notNull(),
    name: text("name").notNull(),
    roomEmail: text("room_email").notNull(),
    capacity: integer("capacity").notNull(),
    floor: text("floor").notNull(),
    building: text("building").notNull(),
    equipment: text("equipment", { mode: "json" }).$type<string[]>().notNull(),
    timeZone: text("time_zone").notNull(),
    businessDays: text("business_days", { mode: "json" }).$type<number[]>().notNull(), // 0 = Sunday
    businessStartMinute: integer("business_start_minute").notNull(),
    businessEndMinute: integer("business_end_minute").notNull(),
    lang: text("lang", { enum: ["en", "fr"] }).notNull(),
    privacyMode: integer("privacy_mode", { mode: "boolean" }).notNull(),
    checkInMinutes: integer("check_in_minutes"), // null: no check-in required
    theme: text("theme", { enum: ["light", "dark", "high-contrast"] }).notNull(),
    calendarSource: text("calendar_source", { enum: ["demo", "microsoft", "google"] }).notNull(),
    // What the panel may write to the room's calendar with its own token (issue 11); with all
    // three off, read-only calendar access is enough. Release acts only when check-in is on.
    mayBook: integer("may_book", { mode: "boolean" }).notNull().default(true),
    mayExtendEnd: integer("may_extend_end", { mode: "boolean" }).notNull().default(true),
    mayRelease: integer("may_release", { mode: "boolean" }).notNull().default(true),
    // A recurring meeting missed this many times in a row (2–5) is released for its future
    // occurrences; null (the default) never releases a series. The strikes are counted on the tablet.
    noShowSeriesStrikes: integer("no_show_series_strikes"),
    // In every device token; bumping it revokes the tablet's token (unpair).
    tokenVersion: integer("token_version").notNull().default(1),
    pairedAt: integer("paired_at"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("displays_org_name").on(t.orgId, t.name)],
);

/** Short codes a tablet types to pair; spent on use, valid for minutes. */
export const pairingCodes = sqliteTable("pairing_codes", {
  code: text("code").primaryKey(),
  displayId: text("display_id").notNull(),
  orgId: text("org_id").notNull(),
  expiresAt: integer("expires_at").notNull(),
  createdAt: integer("created_at").notNull(),
});

/** Every 15 minutes, per display: the four facts the promise allows (name, online, occupied, time). */
export const roomSnapshots = sqliteTable(
  "room_snapshots",
  {
    orgId: text("org_id").notNull(),
    displayId: text("display_id").notNull(),
    name: text("name").notNull(),
    online: integer("online", { mode: "boolean" }).notNull(),
    occupied: integer("occupied", { mode: "boolean" }).notNull(),
    takenAt: integer("taken_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.displayId, t.takenAt] }), index("room_snapshots_org_time").on(t.orgId, t.takenAt)],
);
