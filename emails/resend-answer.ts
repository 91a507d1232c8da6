import { INVALID_IDEMPOTENT_REQUEST } from "./resend-wire";

/**
 * What the sender does with each of Resend's answers (https://resend.com/docs/api-reference/errors
 * and /rate-limit). Most failures say something about one call; a few say something about every
 * call for a while, and then nothing is sent until that while is over: an email provider counts
 * calls it refused against the sender's reputation, and a fan-out of thousands would only repeat
 * the refusal.
 */

/** A quota resets daily or monthly; an hour's worth of retries against it would all fail the same way. */
export const QUOTA_PAUSE_MS = 45 * 60_000;
/**
 * A refused key or account is fixed by a person (a new RESEND_API_KEY, a verified domain): one
 * call every quarter of an hour finds out when, without a fan-out's worth of refusals.
 */
export const REFUSED_RECHECK_MS = 15 * 60_000;
/** When Resend gives no retry-after on a rate limit: its limit is per second. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1_000;

export type AnswerVerdict =
  /** 409 invalid_idempotent_request: the key was used before, so this batch was accepted before. */
  | { kind: "sent_earlier" }
  /** 5xx, no answer, or 409 concurrent_idempotent_requests: this call may work if made again. */
  | { kind: "retry" }
  /** 400/422 and the like: the message itself is wrong and will be refused again. */
  | { kind: "bad_message" }
  /** 429 rate_limit_exceeded: not before `waitMs`. */
  | { kind: "rate_limited"; waitMs: number }
  /** 429 daily_quota_exceeded or monthly_quota_exceeded: nothing goes out for QUOTA_PAUSE_MS. */
  | { kind: "quota" }
  /** 401/403: the key or the account is refused; nothing goes out until a person fixes it. */
  | { kind: "refused" };

export function readAnswer(error: { name: string; statusCode?: number | null }, headers: Record<string, string> | null, now: number): AnswerVerdict {
  const status = error.statusCode ?? null;
  if (error.name === INVALID_IDEMPOTENT_REQUEST) return { kind: "sent_earlier" };
  if (error.name === "daily_quota_exceeded" || error.name === "monthly_quota_exceeded") return { kind: "quota" };
  if (status === 429) return { kind: "rate_limited", waitMs: retryAfterMs(headers, now) ?? DEFAULT_RATE_LIMIT_WAIT_MS };
  if (status === 401 || status === 403) return { kind: "refused" };
  if (status !== null && status >= 400 && status < 500 && status !== 409) return { kind: "bad_message" };
  return { kind: "retry" };
}

/** `retry-after` as seconds or as an HTTP date (RFC 9110), else Resend's `ratelimit-reset` seconds. */
function retryAfterMs(headers: Record<string, string> | null, now: number): number | null {
  const value = headers?.["retry-after"] ?? headers?.["ratelimit-reset"];
  if (value === undefined) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Why sending is held back for everyone, and until when. */
export interface EmailHold {
  reason: "rate_limit" | "quota" | "refused";
  /** The provider's answer that caused it, e.g. "403 invalid_api_key: API key is invalid.". */
  error: string;
  since: number;
  until: number;
}

/** The hold an answer puts on all sending, or null when it concerns this call only. */
export function holdFor(verdict: AnswerVerdict, error: string, now: number): EmailHold | null {
  if (verdict.kind === "quota") return { reason: "quota", error, since: now, until: now + QUOTA_PAUSE_MS };
  if (verdict.kind === "refused") return { reason: "refused", error, since: now, until: now + REFUSED_RECHECK_MS };
  if (verdict.kind === "rate_limited") return { reason: "rate_limit", error, since: now, until: now + verdict.waitMs };
  return null;
}
