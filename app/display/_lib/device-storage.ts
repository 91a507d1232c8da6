import { z } from "zod";
import type { CalendarEvent } from "../_calendar/types";

/**
 * What the tablet keeps in its own storage: its device token, its last configuration and its last
 * schedule (so it keeps working when the network drops). The schedule never leaves the device.
 */
const KEYS = { token: "roomtrust.device-token", config: "roomtrust.display-config", schedule: "roomtrust.schedule", checkIns: "roomtrust.check-ins" };

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
    checkInMinutes: z.number().nullable(),
    theme: z.enum(["light", "dark", "high-contrast"]),
    calendarSource: z.enum(["demo", "microsoft", "google"]),
  }),
  org: z.object({
    name: z.string(),
    // A configuration saved before the setting existed reports the private way.
    occupancyReporting: z.enum(["quarter_hour", "exact"]).default("quarter_hour"),
    // Likewise, one saved before the schedule age limit existed uses the default hour.
    scheduleStaleMinutes: z.number().default(60),
    microsoft: z.object({ clientId: z.string(), tenantId: z.string() }).nullable(),
    google: z.object({ clientId: z.string() }).nullable(),
  }),
});

export type StoredDisplayConfig = z.infer<typeof displayConfigSchema>;

const eventSchema = z.object({
  id: z.string(),
  start: z.number(),
  end: z.number(),
  allDay: z.boolean(),
  subject: z.string().nullable(),
  isPrivate: z.boolean(),
  status: z.enum(["confirmed", "tentative", "cancelled"]),
  showAs: z.enum(["busy", "free", "tentative", "oof", "workingElsewhere", "unknown"]),
});

const scheduleSchema = z.object({ fetchedAt: z.number(), events: z.array(eventSchema) });

function read<T>(key: string, schema: z.ZodType<T>): T | null {
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
  token: () => read(KEYS.token, z.string().min(1)),
  setToken: (token: string) => localStorage.setItem(KEYS.token, JSON.stringify(token)),
  config: () => read(KEYS.config, displayConfigSchema),
  setConfig: (config: StoredDisplayConfig) => localStorage.setItem(KEYS.config, JSON.stringify(config)),
  schedule: () => read(KEYS.schedule, scheduleSchema),
  setSchedule: (fetchedAt: number, events: CalendarEvent[]) => localStorage.setItem(KEYS.schedule, JSON.stringify({ fetchedAt, events })),
  checkIns: () => new Set(read(KEYS.checkIns, z.array(z.string())) ?? []),
  addCheckIn: (eventId: string) => {
    const ids = [...deviceStorage.checkIns(), eventId].slice(-50);
    localStorage.setItem(KEYS.checkIns, JSON.stringify(ids));
  },
  /** Unpaired or revoked: forget everything this room's tablet knew. */
  forget: () => Object.values(KEYS).forEach((key) => localStorage.removeItem(key)),
};
