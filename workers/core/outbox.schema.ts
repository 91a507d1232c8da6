import { z } from "zod";
import { wireBatch } from "../../emails/resend-wire";

export const acceptInput = z.object({
  emails: wireBatch,
  idempotencyKey: z.string().min(1).max(256).optional(),
});

export const listInput = z.object({ limit: z.number().int().min(1).max(2000).default(500) }).default({ limit: 500 });
