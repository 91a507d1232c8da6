import * as z from "zod/mini";
import { isThrottled, retryAfterMs } from "./provider-http";
import { CalendarError } from "./types";

const googleError = z.object({
  error: z.object({ code: z.number(), message: z.string(), errors: z.optional(z.array(z.object({ reason: z.optional(z.string()) }))) }),
});
/** Google's usage-limit answers come as 403 with these reasons as well as 429 (Calendar API "Handle API errors"). */
const RATE_LIMIT_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"]);

/** A Calendar API error answer as a CalendarError; `doing` says whether a read or a write was refused. */
export function googleFailure(response: Response, body: unknown, now: number, doing: "read" | "change" = "read"): CalendarError {
  const { status } = response;
  const detail = googleError.safeParse(body);
  const reasons = detail.success ? (detail.data.error.errors ?? []).map((e) => e.reason) : [];
  const throttled = isThrottled(status) || (status === 403 && reasons.some((r) => r !== undefined && RATE_LIMIT_REASONS.has(r)));
  if (throttled) {
    return new CalendarError(status, "Google Calendar asked us to slow down", { reason: "rate_limited", retryAfterMs: retryAfterMs(response.headers.get("retry-after"), now) });
  }
  if (status === 401) return new CalendarError(401, "needs sign-in again");
  if (status === 403) return new CalendarError(403, `no permission to ${doing} this room's calendar`);
  if (status === 404) return new CalendarError(404, doing === "read" ? "no calendar for this room's address" : "no such event in this room's calendar");
  return new CalendarError(status, detail.success ? detail.data.error.message : `Google Calendar answered ${status}`);
}
