/**
 * When a webhook delivery is tried again, and when an endpoint that keeps failing is turned off
 * (docs/webhooks.md, "Retries"). Pure: times come in as `now`.
 */

/** The first retry waits this long; each one after waits four times longer, up to MAX_DELAY_MS. */
const FIRST_RETRY_DELAY_MS = 60_000;
const MAX_DELAY_MS = 12 * 3_600_000;
/** Attempts per delivery, the first included: spread over about 30 hours. */
export const MAX_ATTEMPTS = 8;
/** An endpoint is turned off when at least this many attempts in a row failed… */
const DISABLE_AFTER_FAILURES = 5;
/** …and the first of them is at least this old: a short outage never turns an endpoint off. */
export const DISABLE_AFTER_MS = 24 * 3_600_000;

/** How long after its `attempts`-th failed attempt a delivery is tried again, or null: it has failed for good. */
export function retryDelayAfter(attempts: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return Math.min(FIRST_RETRY_DELAY_MS * 4 ** (attempts - 1), MAX_DELAY_MS);
}

/** Whether an endpoint whose run of failures is `failures` long and began at `failingSince` is turned off at `now`. */
export function shouldDisable(failures: number, failingSince: number, now: number): boolean {
  return failures >= DISABLE_AFTER_FAILURES && now - failingSince >= DISABLE_AFTER_MS;
}

/** Why an attempt failed, as the delivery log keeps it: the kind first, so a page can say it in its language. */
export type AttemptFailure = "refused" | "timeout" | "unreachable" | "status";
const failureKinds: readonly AttemptFailure[] = ["refused", "timeout", "unreachable", "status"];

/** The log's text for a failed attempt: "<kind>: <detail>" (the detail in English, for people reading logs). */
export function failureNote(kind: AttemptFailure, detail: string): string {
  return `${kind}: ${detail}`;
}

/** The kind a log text starts with, or null for one that is not a failure note. */
export function failureKindOf(note: string | null): AttemptFailure | null {
  const kind = note?.split(":", 1)[0];
  return failureKinds.find((k) => k === kind) ?? null;
}
