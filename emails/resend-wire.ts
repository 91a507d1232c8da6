import { z } from "zod";

/**
 * Resend's HTTP API for POST /emails and POST /emails/batch, as Resend documents it (its OpenAPI
 * description, https://resend.com/docs/api-reference/errors and /rate-limit): what a call must
 * carry, what it is answered, and the error names. The local stand-in (standins/resend/) reads
 * calls with `readResendCall` and answers with the builders below, so it answers as Resend would;
 * the sender reads answers with emails/resend-answer.ts.
 */

/** Every error name Resend documents for these endpoints, with its status. */
const RESEND_ERRORS = {
  invalid_idempotency_key: 400,
  validation_error: 400,
  missing_api_key: 401,
  restricted_api_key: 401,
  invalid_api_key: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_idempotent_request: 409,
  concurrent_idempotent_requests: 409,
  missing_required_field: 422,
  rate_limit_exceeded: 429,
  daily_quota_exceeded: 429,
  monthly_quota_exceeded: 429,
  application_error: 500,
  internal_server_error: 500,
} as const;

export type ResendErrorName = keyof typeof RESEND_ERRORS;

/** An answer as status, JSON body and headers: what a Node server writes or a Response carries. */
export interface WireAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** Resend's error body: `{ statusCode, name, message }`. */
export function wireError(name: ResendErrorName, message: string, headers: Record<string, string> = {}): WireAnswer {
  const status = RESEND_ERRORS[name];
  return { status, body: { statusCode: status, name, message }, headers };
}

/** The answer to an accepted call: `{ id }` for one email, `{ data: [{ id }] }` for a batch. */
export function acceptedAnswer(shape: CallShape, ids: string[]): WireAnswer {
  return { status: 200, body: shape === "single" ? { id: ids[0] } : { data: ids.map((id) => ({ id })) }, headers: {} };
}

/** Resend's documented rate-limit answer: 429 with retry-after and the draft-06 ratelimit-* headers. */
export function rateLimitedAnswer(retryAfterSeconds: number, limitPerSecond = 5): WireAnswer {
  return wireError("rate_limit_exceeded", "Too many requests. Please limit the number of requests per second.", {
    "retry-after": String(retryAfterSeconds),
    "ratelimit-limit": String(limitPerSecond),
    "ratelimit-remaining": "0",
    "ratelimit-reset": String(retryAfterSeconds),
  });
}

/** Resend's quota answers: 429 without retry-after, since waiting seconds does not help. */
export function quotaExceededAnswer(period: "daily" | "monthly"): WireAnswer {
  return wireError(`${period}_quota_exceeded`, `You have reached your ${period} email sending quota.`);
}

export const INVALID_IDEMPOTENT_REQUEST = "invalid_idempotent_request";

export function idempotencyConflictAnswer(): WireAnswer {
  return wireError(INVALID_IDEMPOTENT_REQUEST, "Same idempotency key used with a different request payload.");
}

export function concurrentIdempotentAnswer(): WireAnswer {
  return wireError("concurrent_idempotent_requests", "Same idempotency key used while original request is still in progress.");
}

/** The fields of one email our stand-in delivers. */
const modelled = {
  from: z.string(),
  to: z.union([z.string(), z.array(z.string()).min(1, "needs at least one address").max(50, "takes at most 50 addresses")]),
  subject: z.string().min(1, "must not be empty").max(998, "is longer than 998 characters"),
  html: z.string().max(1_000_000, "is longer than 1,000,000 characters").optional(),
  text: z.string().max(1_000_000, "is longer than 1,000,000 characters").optional(),
  headers: z.record(z.string(), z.string()).optional(),
};

const wireEmail = z.object(modelled).strict();
export type WireEmail = z.infer<typeof wireEmail>;

/**
 * Fields Resend documents that the stand-in does not deliver. A stand-in that dropped them would say
 * "sent" for an email it did not send as asked, so it refuses them instead, by name.
 */
const unmodelled = ["cc", "bcc", "reply_to", "attachments", "tags", "scheduled_at", "template", "topic_id"];
const required = ["from", "to", "subject"] as const;

/** Resend's batch endpoint takes at most 100 emails a call. */
const BATCH_LIMIT = 100;

export type CallShape = "single" | "batch";

/** What reaches POST /emails or /emails/batch, before any of it is trusted. */
export interface ResendCall {
  shape: CallShape;
  authorization: string | null;
  idempotencyKey: string | null;
  body: string;
}

export type ReadCall = { ok: true; emails: WireEmail[]; idempotencyKey: string | null } | { ok: false; answer: WireAnswer };

/**
 * Reads a call in Resend's order: the API key (401 missing, 403 wrong), the Idempotency-Key (400
 * unless 1–256 characters), then the body: 422 missing_required_field for a missing `from`, `to`,
 * `subject` or body (`html`/`text`), 400 validation_error for anything else wrong, an unknown
 * field included.
 */
export function readResendCall(call: ResendCall, apiKey: string): ReadCall {
  const refused = (answer: WireAnswer): ReadCall => ({ ok: false, answer });
  if (!call.authorization) return refused(wireError("missing_api_key", "Missing API key in the authorization header."));
  if (call.authorization !== `Bearer ${apiKey}`) return refused(wireError("invalid_api_key", "API key is invalid."));
  const key = call.idempotencyKey;
  if (key !== null && (key.length < 1 || key.length > 256)) return refused(wireError("invalid_idempotency_key", "The key must be between 1-256 chars."));

  let body: unknown;
  try {
    body = JSON.parse(call.body);
  } catch {
    return refused(wireError("validation_error", "The request body is not valid JSON."));
  }
  if (call.shape === "single") {
    const email = readEmail(body, "");
    return email.ok ? { ok: true, emails: [email.email], idempotencyKey: key } : refused(email.answer);
  }
  if (!Array.isArray(body)) return refused(wireError("validation_error", "The request body must be an array of emails."));
  if (body.length === 0) return refused(wireError("validation_error", "The batch must contain at least one email."));
  if (body.length > BATCH_LIMIT) return refused(wireError("validation_error", `The batch has ${body.length} emails; at most ${BATCH_LIMIT} are allowed.`));
  const emails: WireEmail[] = [];
  for (const [i, item] of body.entries()) {
    const email = readEmail(item, `Email ${i}: `);
    if (!email.ok) return refused(email.answer);
    emails.push(email.email);
  }
  return { ok: true, emails, idempotencyKey: key };
}

function readEmail(raw: unknown, where: string): { ok: true; email: WireEmail } | { ok: false; answer: WireAnswer } {
  const refused = (name: ResendErrorName, message: string) => ({ ok: false as const, answer: wireError(name, `${where}${message}`) });
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return refused("validation_error", "An email must be a JSON object.");
  const fields = raw as Record<string, unknown>;
  for (const name of required) if (fields[name] === undefined || fields[name] === null) return refused("missing_required_field", `Missing \`${name}\` field.`);
  for (const name of Object.keys(fields)) {
    if (unmodelled.includes(name)) return refused("validation_error", `The \`${name}\` field is part of Resend's API but this stand-in does not deliver it.`);
    if (!(name in modelled)) return refused("validation_error", `Unrecognized field \`${name}\`.`);
  }
  const parsed = wireEmail.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refused("validation_error", `Invalid \`${String(issue.path[0])}\` field: ${issue.message}.`);
  }
  const email = parsed.data;
  if (!isAddress(email.from)) return refused("validation_error", "Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.");
  const bad = recipients(email).find((to) => !isAddress(to));
  if (bad !== undefined) return refused("validation_error", `Invalid \`to\` field: ${JSON.stringify(bad)} is not an email address.`);
  if (!email.html && !email.text) return refused("missing_required_field", "Missing `html` or `text` field.");
  return { ok: true, email };
}

/** `email@example.com` or `Name <email@example.com>`. */
function isAddress(value: string): boolean {
  const match = /^(?:[^<>]*<([^<>]+)>|([^<>]+))$/.exec(value.trim());
  const address = match?.[1] ?? match?.[2] ?? "";
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address);
}

export function recipients(email: WireEmail): string[] {
  return Array.isArray(email.to) ? email.to : [email.to];
}

/**
 * What makes two calls "the same request" for an Idempotency-Key, as Resend decides it: the same
 * key with a different payload is refused with 409 invalid_idempotent_request. Covers the fields the
 * stand-in's outbox keeps, in a stable order.
 */
export function payloadFingerprint(emails: { from: string; to: string[]; subject: string; html?: string | null; text?: string | null; headers?: Record<string, string> | null }[]): string {
  return JSON.stringify(
    emails.map((e) => [e.from, e.to, e.subject, e.html ?? null, e.text ?? null, Object.entries(e.headers ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]),
  );
}
