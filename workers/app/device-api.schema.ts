import { z } from "zod";

/** How a tablet is doing at reading its calendar: a fact about the tablet, never about a meeting. */
const calendarHealth = z.enum(["ok", "stale", "needs_sign_in", "error"], { message: "calendarHealth must be ok, stale, needs_sign_in or error." });

/**
 * What tablets may send. `strict()`: a heartbeat that carries anything besides `occupied` and
 * `calendarHealth` is refused, so a buggy or altered client cannot hand the server a meeting fact
 * even by accident. `calendarHealth` is optional only so tablets still running the app from
 * before it existed keep reporting until they reload.
 */
export const pairBody = z.strictObject({ code: z.string().max(32) });
export const heartbeatBody = z.strictObject({ occupied: z.boolean({ message: "occupied must be true or false." }), calendarHealth: calendarHealth.optional() });

/** The largest body a tablet ever needs to send. */
export const MAX_DEVICE_BODY_BYTES = 1024;
