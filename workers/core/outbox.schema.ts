import { z } from "zod";

/** A Resend call as the app's /dev/resend routes received it; emails/resend-wire.ts reads the rest. */
export const acceptInput = z.object({
  shape: z.enum(["single", "batch"]),
  authorization: z.string().max(1_000).nullable(),
  idempotencyKey: z.string().max(10_000).nullable(),
  body: z.string().max(20_000_000),
});

export const listInput = z.object({ limit: z.number().int().min(1).max(2000).default(500) }).default({ limit: 500 });
