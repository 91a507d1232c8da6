import * as z from "zod/mini";
import { isThrottled, retryAfterMs } from "./provider-http";
import { CalendarError } from "./types";

const graphError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** A Graph error answer as a CalendarError; `doing` says whether a read or a write was refused. */
export function graphFailure(response: Response, body: unknown, now: number, doing: "read" | "change" = "read"): CalendarError {
  const { status } = response;
  const detail = graphError.safeParse(body);
  if (status === 401) return new CalendarError(401, "needs sign-in again");
  if (status === 403) return new CalendarError(403, `no permission to ${doing} this room's calendar`);
  if (status === 404) return new CalendarError(404, doing === "read" ? "no calendar for this room's address" : "no such event in this room's calendar");
  if (isThrottled(status)) {
    return new CalendarError(status, "Microsoft Graph asked us to slow down", { reason: "rate_limited", retryAfterMs: retryAfterMs(response.headers.get("retry-after"), now) });
  }
  return new CalendarError(status, detail.success ? detail.data.error.message : `Microsoft Graph answered ${status}`);
}
