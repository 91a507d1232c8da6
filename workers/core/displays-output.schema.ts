import { z } from "zod";
import { count, lang } from "./shared-output.schema";

/**
 * Outputs of the tablets' RPC methods (workers/core/displays.ts). A tablet is told exactly this and
 * nothing more: strict, like what it may send.
 */

export const displayConfigOutput = z.strictObject({
  renewedToken: z.string().nullable(),
  display: z.strictObject({
    id: z.string(),
    name: z.string(),
    roomEmail: z.string(),
    capacity: count,
    floor: z.string(),
    building: z.string(),
    equipment: z.array(z.string()),
    timeZone: z.string(),
    businessDays: z.array(count),
    businessStartMinute: count,
    businessEndMinute: count,
    lang,
    privacyMode: z.boolean(),
    checkInMinutes: count.nullable(),
    theme: z.enum(["light", "dark", "high-contrast"]),
    calendarSource: z.enum(["demo", "microsoft", "google"]),
    permissions: z.strictObject({ book: z.boolean(), extendEnd: z.boolean(), release: z.boolean() }),
    noShowSeriesStrikes: count.nullable(),
  }),
  org: z.strictObject({
    name: z.string(),
    occupancyReporting: z.enum(["exact", "quarter_hour"]),
    scheduleStaleMinutes: count,
    microsoft: z.strictObject({ clientId: z.string(), tenantId: z.string() }).nullable(),
    google: z.strictObject({ clientId: z.string() }).nullable(),
    lang,
    bookingSubject: z.string().nullable(),
  }),
});

export const heartbeatOutput = z.strictObject({ online: z.boolean(), occupied: z.boolean(), changed: z.boolean() });
