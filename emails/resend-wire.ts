import { z } from "zod";

/**
 * Resend's HTTP API as our outbox and the test stand-in speak it: the request bodies the `resend`
 * client sends to POST /emails and POST /emails/batch, and the answers it expects.
 */
const address = z.string().min(3).max(320);

export const wireEmail = z.object({
  from: address,
  to: z.union([address, z.array(address).min(1).max(50)]),
  subject: z.string().min(1).max(998),
  html: z.string().max(1_000_000).optional(),
  text: z.string().max(1_000_000).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  reply_to: z.union([address, z.array(address)]).optional(),
});

export type WireEmail = z.infer<typeof wireEmail>;

export const wireBatch = z.array(wireEmail).min(1).max(100);

export function recipients(email: WireEmail): string[] {
  return Array.isArray(email.to) ? email.to : [email.to];
}

/** Resend's error body. */
export function wireError(statusCode: number, name: string, message: string): Response {
  return Response.json({ statusCode, name, message }, { status: statusCode });
}

/** What an idempotent replay must answer: the ids given the first time. */
export type StoredAnswer = { ids: string[] };
