import { z } from "zod";
import { calendarHealth, count, displaySettingsFields, lang, time } from "./shared-output.schema";

/** Outputs of an organisation admin's rooms (workers/core/rooms.ts) and of the room finder (finder.ts). */

const occupancyReporting = z.enum(["exact", "quarter_hour"]);
/** What a display's row and its board say about it, as the admin's overview lists it. */
const overviewDisplay = z.strictObject({
  online: z.boolean(),
  occupied: z.boolean(),
  known: z.boolean(),
  health: calendarHealth.nullable(),
  healthSince: time.nullable(),
  ...displaySettingsFields,
  orgId: z.string(),
  mayBook: z.boolean(),
  mayExtendEnd: z.boolean(),
  mayRelease: z.boolean(),
  tokenVersion: count,
  pairedAt: time.nullable(),
  createdAt: time,
  updatedAt: time,
});

export const roomsOverviewOutput = z.strictObject({
  org: z.strictObject({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    lang,
    retentionMonths: count,
    occupancyReporting,
    scheduleStaleMinutes: count,
    microsoftClientId: z.string().nullable(),
    microsoftTenantId: z.string().nullable(),
    googleClientId: z.string().nullable(),
    bookingSubject: z.string().nullable(),
  }),
  finderPath: z.string(),
  csrf: z.string(),
  email: z.string(),
  displays: z.array(overviewDisplay),
});

export const displayIdOutput = z.strictObject({ id: z.string() });
export const pairingCodeOutput = z.strictObject({ code: z.string(), expiresAt: time });
export const unpairOutput = z.strictObject({ tokenVersion: count });
export const finderKeyOutput = z.strictObject({ finderKeyVersion: count.nullable() });
export const importOutput = z.strictObject({ imported: count });
export const savedOutput = z.strictObject({ saved: z.boolean() });

/** A share of samples, 0 to 1; null when there was nothing to count. */
const share = z.number().min(0).max(1).nullable();

export const utilisationOutput = z.strictObject({
  days: count,
  windowFrom: time,
  windowTo: time,
  rooms: z.array(
    z.strictObject({
      displayId: z.string(),
      name: z.string(),
      businessSamples: count,
      occupiedShare: share,
      offlineShare: share,
      byHourOfWeek: z.array(share).length(168),
      rarelyUsed: z.boolean(),
      oftenOffline: z.boolean(),
    }),
  ),
  overallByHourOfWeek: z.array(share).length(168),
  from: time.nullable(),
  to: time.nullable(),
});

const roomStatus = z.enum(["unknown", "occupied", "available", "offline"]);

export const finderOutput = z.strictObject({
  org: z.strictObject({ slug: z.string(), name: z.string(), lang }),
  rooms: z.array(z.strictObject({ id: z.string(), name: z.string(), capacity: count, floor: z.string(), building: z.string(), equipment: z.array(z.string()), status: roomStatus })),
  total: count,
  counts: z.strictObject({ available: count, occupied: count, unknown: count, offline: count }),
  floors: z.array(z.string()),
  equipment: z.array(z.string()),
});
