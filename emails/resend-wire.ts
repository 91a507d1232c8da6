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

/**
 * What makes two calls "the same request" for an Idempotency-Key, as Resend decides it: the same
 * key with a different payload is refused with 409 invalid_idempotent_request. Covers the fields our
 * outbox keeps, in a stable order.
 */
export function payloadFingerprint(emails: { from: string; to: string[]; subject: string; html?: string | null; text?: string | null; headers?: Record<string, string> | null }[]): string {
  return JSON.stringify(
    emails.map((e) => [e.from, e.to, e.subject, e.html ?? null, e.text ?? null, Object.entries(e.headers ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]),
  );
}

/** Resend's answer when an Idempotency-Key comes back with a different payload. */
export const INVALID_IDEMPOTENT_REQUEST = "invalid_idempotent_request";
