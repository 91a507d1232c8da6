import { z } from "zod";

/**
 * A delivery webhook as the app worker received it: the raw body (the signature covers it byte
 * for byte, so it is never parsed and re-serialised before checking) and the three Svix headers.
 */
export const emailEventInput = z.object({
  payload: z.string().min(2).max(256 * 1024),
  headers: z.object({
    id: z.string().min(1).max(200),
    timestamp: z.string().regex(/^\d{1,12}$/),
    signature: z.string().min(1).max(2000),
  }),
});
export type EmailEventInput = z.infer<typeof emailEventInput>;

/** Every verified webhook is acknowledged (2xx), recorded or not, so the provider stops retrying it. */
export const emailEventOutcome = z.discriminatedUnion("recorded", [
  z.object({ recorded: z.literal(true), outcome: z.enum(["delivered", "bounced", "complained", "delayed"]), listMailStopped: z.boolean() }),
  z.object({ recorded: z.literal(false), reason: z.enum(["not_a_delivery_event", "unknown_message", "already_recorded"]) }),
]);
export type EmailEventOutcome = z.infer<typeof emailEventOutcome>;
