import { z } from "zod";
import { count, displaySettingsFields, lang } from "./shared-output.schema";

/**
 * Outputs of the tablets' RPC methods (workers/core/displays.ts). A tablet is told exactly this and
 * nothing more: strict, like what it may send.
 */

export const displayConfigOutput = z.strictObject({
  renewedToken: z.string().nullable(),
  display: z.strictObject({
    ...displaySettingsFields,
    permissions: z.strictObject({ book: z.boolean(), extendEnd: z.boolean(), release: z.boolean() }),
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
