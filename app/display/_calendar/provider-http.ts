import { CalendarError } from "./types";

/**
 * What both provider adapters do the same way on the wire: one request with the tablet's token, and
 * the answers that mean "wait" (429 and 503, per Microsoft Graph's throttling guidance and Google
 * Calendar's "Manage quotas" page) turned into a CalendarError carrying the provider's Retry-After.
 */

/** The longest wait we take from a Retry-After; past it the schedule would simply be a day old. */
const MAX_RETRY_AFTER_MS = 24 * 3600_000;

/**
 * Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Undefined when absent or
 * unreadable — a browser only sees the header if the provider lists it in
 * Access-Control-Expose-Headers, so callers must back off on their own without it.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

export function isThrottled(status: number): boolean {
  return status === 429 || status === 503;
}

export function getJson(
  fetch: typeof globalThis.fetch,
  url: string,
  headers: Record<string, string>,
  provider: string,
): Promise<{ response: Response; body: unknown }> {
  return send(fetch, url, { headers }, provider);
}

/** One write (POST, PATCH or DELETE), with a JSON body when given; the answer's body is read when it has one (a 202 has none). */
export function sendJson(
  fetch: typeof globalThis.fetch,
  method: "POST" | "PATCH" | "DELETE",
  url: string,
  headers: Record<string, string>,
  body: unknown,
  provider: string,
): Promise<{ response: Response; body: unknown }> {
  const init: RequestInit = body === undefined ? { method, headers } : { method, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) };
  return send(fetch, url, init, provider);
}

async function send(fetch: typeof globalThis.fetch, url: string, init: RequestInit, provider: string): Promise<{ response: Response; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    // The call budget refuses a call with its own CalendarError; keep it.
    if (error instanceof CalendarError) throw error;
    throw new CalendarError(0, `${provider} could not be reached`, { reason: "unreachable" });
  }
  const body: unknown = await response.json().catch(() => null);
  return { response, body };
}

/**
 * A next-page link carries our bearer token when we follow it, so it must point where the first
 * request went; anything else is an answer we cannot trust.
 */
export function assertSameOrigin(next: string, base: string, provider: string): void {
  if (new URL(next, base).origin !== new URL(base).origin) {
    throw new CalendarError(502, `${provider} sent a next page on another host`, { reason: "bad_answer" });
  }
}
