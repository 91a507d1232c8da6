import { z } from "zod";

/** Inputs of the tablets' RPC methods (workers/core/displays.ts): a code, a device token, one boolean and a health. */

/** Pairing codes are shown as "K7P-2QX"; people type them with or without the dash, in any case. */
const pairingCode = z
  .string()
  .max(32)
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^[A-Z2-9]{6}$/, { message: "A pairing code has six letters and digits, like K7P-2QX." }));

export const pairInput = z.object({ code: pairingCode, client: z.string().min(1).max(100) });
/** The device token the tablet keeps; the only thing pairing gives it. */
export const pairOutput = z.strictObject({ deviceToken: z.string().min(1) });

const deviceToken = z.string().min(1).max(4096);

export const deviceInput = z.object({ deviceToken });

/**
 * A heartbeat is exactly this: whether the room is occupied now, and how the tablet is doing at
 * reading its calendar. Nothing about any meeting; strict, like the app's body schema.
 */
export const heartbeatInput = z.strictObject({ deviceToken, occupied: z.boolean(), calendarHealth: z.enum(["ok", "stale", "needs_sign_in", "error"]).optional() });
