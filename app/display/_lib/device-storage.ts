import * as z from "zod/mini";
import type { CalendarEvent } from "../_calendar/types";
import type { SeriesStrikes } from "@/workers/domain/no-show-series";

/**
 * What the tablet keeps in its own storage: its device token, its last configuration and its last
 * schedule (so it keeps working when the network drops). The schedule never leaves the device.
 */
const KEYS = {
  token: "roomtrust.device-token",
  config: "roomtrust.display-config",
  schedule: "roomtrust.schedule",
  checkIns: "roomtrust.check-ins",
  bookings: "roomtrust.panel-bookings",
  released: "roomtrust.released",
  demoChanges: "roomtrust.demo-changes",
  seriesStrikes: "roomtrust.series-strikes",
};

export const displayConfigSchema = z.object({
  display: z.object({
    id: z.string(),
    name: z.string(),
    roomEmail: z.string(),
    capacity: z.number(),
    floor: z.string(),
    building: z.string(),
    equipment: z.array(z.string()),
    timeZone: z.string(),
    businessDays: z.array(z.number()),
    businessStartMinute: z.number(),
    businessEndMinute: z.number(),
    lang: z.enum(["en", "fr"]),
    privacyMode: z.boolean(),
    checkInMinutes: z.nullable(z.number()),
    theme: z.enum(["light", "dark", "high-contrast"]),
    calendarSource: z.enum(["demo", "microsoft", "google"]),
    // What the panel may write to the room's calendar; a configuration saved before these
    // existed gets the defaults (booking, extend/end, release when check-in is on).
    permissions: z._default(z.object({ book: z.boolean(), extendEnd: z.boolean(), release: z.boolean() }), { book: true, extendEnd: true, release: true }),
    // Misses in a row that release a recurring meeting; null, and for a configuration saved before it existed: never.
    noShowSeriesStrikes: z._default(z.nullable(z.number()), null),
  }),
  org: z.object({
    name: z.string(),
    // A configuration saved before the setting existed reports the private way.
    occupancyReporting: z._default(z.enum(["quarter_hour", "exact"]), "quarter_hour"),
    // Likewise, one saved before the schedule age limit existed uses the default hour.
    scheduleStaleMinutes: z._default(z.number(), 60),
    microsoft: z.nullable(z.object({ clientId: z.string(), tenantId: z.string() })),
    google: z.nullable(z.object({ clientId: z.string() })),
    // The organisation's language (the decline message to an organiser is in it) and its subject
    // for bookings made at a panel (null: "Booked at the room display" in that language).
    lang: z.optional(z.enum(["en", "fr"])),
    bookingSubject: z._default(z.nullable(z.string()), null),
  }),
});

export type StoredDisplayConfig = z.infer<typeof displayConfigSchema>;

const eventSchema = z.object({
  id: z.string(),
  start: z.number(),
  end: z.number(),
  allDay: z.boolean(),
  subject: z.nullable(z.string()),
  isPrivate: z.boolean(),
  status: z.enum(["confirmed", "tentative", "cancelled"]),
  showAs: z.enum(["busy", "free", "tentative", "oof", "workingElsewhere", "unknown"]),
  seriesId: z.optional(z.string()),
});

const scheduleSchema = z.object({ fetchedAt: z.number(), events: z.array(eventSchema) });
const seriesStrikesSchema = z.record(z.string(), z.object({ strikes: z.number(), lastStart: z.number() }));
const demoChangesSchema = z.object({ booked: z.array(eventSchema), ends: z.record(z.string(), z.number()), declined: z.array(z.string()) });

/** Event ids the tablet remembers (check-ins, its own bookings, releases): the last 50 are plenty for two days. */
function rememberedIds(key: string) {
  return {
    all: () => new Set(read(key, z.array(z.string())) ?? []),
    add: (eventId: string) => {
      const ids = [...new Set([...(read(key, z.array(z.string())) ?? []), eventId])].slice(-50);
      localStorage.setItem(key, JSON.stringify(ids));
    },
  };
}
const checkIns = rememberedIds(KEYS.checkIns);

function read<T>(key: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const deviceStorage = {
  token: () => read(KEYS.token, z.string().check(z.minLength(1))),
  setToken: (token: string) => localStorage.setItem(KEYS.token, JSON.stringify(token)),
  config: () => read(KEYS.config, displayConfigSchema),
  setConfig: (config: StoredDisplayConfig) => localStorage.setItem(KEYS.config, JSON.stringify(config)),
  schedule: () => read(KEYS.schedule, scheduleSchema),
  setSchedule: (fetchedAt: number, events: CalendarEvent[]) => localStorage.setItem(KEYS.schedule, JSON.stringify({ fetchedAt, events })),
  checkIns: checkIns.all,
  addCheckIn: checkIns.add,
  /** Meetings booked at this panel: the ones it may extend and end (it organises them). */
  panelBookings: rememberedIds(KEYS.bookings),
  /** Meetings released for want of a check-in: each declined once in the calendar. */
  released: rememberedIds(KEYS.released),
  /** Each recurring meeting's run of misses (workers/domain/no-show-series.ts); never sent anywhere. */
  seriesStrikes: {
    load: (): SeriesStrikes => read(KEYS.seriesStrikes, seriesStrikesSchema) ?? {},
    save: (strikes: SeriesStrikes) => localStorage.setItem(KEYS.seriesStrikes, JSON.stringify(strikes)),
  },
  demoChanges: {
    load: () => read(KEYS.demoChanges, demoChangesSchema) ?? { booked: [], ends: {}, declined: [] },
    save: (changes: z.infer<typeof demoChangesSchema>) => localStorage.setItem(KEYS.demoChanges, JSON.stringify(changes)),
  },
  /** Unpaired or revoked: forget everything this room's tablet knew. */
  forget: () => Object.values(KEYS).forEach((key) => localStorage.removeItem(key)),
};
