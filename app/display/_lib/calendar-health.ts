import { CalendarError } from "../_calendar/types";

/**
 * What the tablet tells the server about its own calendar reading, in one word: a fact about the
 * tablet, never about a meeting (docs/privacy.md). Decided here, from the last read's outcome:
 *
 * - `needs_sign_in`: the provider refused the token (401) or its sign-in library wants a person
 *   (MSAL's InteractionRequiredAuthError: interaction, login or consent required);
 * - `error`: any other failure of the last read (forbidden, not found, unreachable, a bad answer…);
 * - `stale`: the last read did not fail, or was only told to wait (throttled, or this display's
 *   hourly allowance), but the last good read is older than the organisation's limit;
 * - `ok`: otherwise.
 *
 * The causes come before the age on purpose: an administrator needs to know that a person must
 * sign in, however long ago that began; the server learns the age from when `ok` last came.
 */
export type CalendarHealth = "ok" | "stale" | "needs_sign_in" | "error";

const INTERACTION_CODES = new Set(["interaction_required", "login_required", "consent_required", "no_account_error"]);

export function calendarHealth({ lastGoodAt, lastError, now, staleAfterMs }: { lastGoodAt: number | null; lastError: unknown; now: number; staleAfterMs: number }): CalendarHealth {
  if (lastError !== null && lastError !== undefined) {
    if (needsSignIn(lastError)) return "needs_sign_in";
    if (!(lastError instanceof CalendarError && (lastError.reason === "rate_limited" || lastError.reason === "budget"))) return "error";
  }
  return lastGoodAt === null || now - lastGoodAt >= staleAfterMs ? "stale" : "ok";
}

/** A provider or sign-in library saying only a person can go on. Read by shape: MSAL is loaded only when needed. */
export function needsSignIn(error: unknown): boolean {
  if (error instanceof CalendarError) return error.reason === "sign_in";
  if (typeof error !== "object" || error === null) return false;
  const { name, errorCode } = error as { name?: unknown; errorCode?: unknown };
  return name === "InteractionRequiredAuthError" || (typeof errorCode === "string" && INTERACTION_CODES.has(errorCode));
}
