import { z } from "zod";

/**
 * What tablets may send. `strict()`: a heartbeat that carries anything besides `occupied` is
 * refused, so a buggy or altered client cannot hand the server a meeting fact even by accident.
 */
export const pairBody = z.strictObject({ code: z.string().max(32) });
export const heartbeatBody = z.strictObject({ occupied: z.boolean({ message: "occupied must be true or false." }) });

/** The largest body a tablet ever needs to send. */
export const MAX_DEVICE_BODY_BYTES = 1024;
