import { CalendarError, type CalendarEvent, type CalendarRange, type CalendarSource } from "./types";

/**
 * How often a display may ask its calendar provider, and how it waits when told to.
 *
 * Budget: at most 60 provider calls an hour per display. Microsoft Graph and Google Calendar both
 * meter per user and app (Google: 600 a minute per user; Graph: "avoid immediate retries"), and a
 * room's resource account may drive dozens of displays, so each one takes a small, fixed share.
 * In steady state a read is one call (one page) every 2 minutes: 30 an hour, leaving room for a
 * second page; a read that needed more pages waits proportionally longer, so paging never breaks
 * the budget. A 429 or 503 waits at least the provider's Retry-After; without one, and on any other
 * failure, the wait's ceiling doubles per failure in a row (4, 8, 16, then 30 minutes at most) and
 * the wait is drawn between half the ceiling and all of it, so a wall of displays that failed
 * together does not come back together.
 */
export const CALENDAR_CALLS_PER_HOUR = 60;
export const CALENDAR_READ_EVERY_MS = 2 * 60_000;
export const CALENDAR_BACKOFF_MAX_MS = 30 * 60_000;
const HOUR = 3600_000;

/** The span the panel reads around now: 12 h back (a meeting running since the morning), 36 h ahead. */
export function calendarReadRange(now: number): CalendarRange {
  return { from: now - 12 * HOUR, to: now + 36 * HOUR };
}

/**
 * When to read the calendar next, after a read at `now` that made `calls` provider calls and
 * ended in `error` (null on success) after `failures` failures in a row (this one included).
 */
export function nextCalendarReadAt({
  now,
  calls,
  failures,
  error,
  random = Math.random,
}: {
  now: number;
  calls: number;
  failures: number;
  error: unknown;
  random?: () => number;
}): number {
  const paced = Math.max(CALENDAR_READ_EVERY_MS, (calls * HOUR) / CALENDAR_CALLS_PER_HOUR);
  if (error === null || error === undefined) return now + paced;
  const ceiling = Math.min(CALENDAR_BACKOFF_MAX_MS, CALENDAR_READ_EVERY_MS * 2 ** Math.max(1, failures));
  // "Equal jitter": half the ceiling for sure, the other half at random.
  const backoff = ceiling / 2 + (random() * ceiling) / 2;
  const asked = error instanceof CalendarError ? (error.retryAfterMs ?? 0) : 0;
  return now + Math.max(paced, backoff, asked);
}

export interface CallLedger {
  /** A fetch that counts every provider call and refuses one past the hourly budget. */
  fetch: typeof globalThis.fetch;
  total(): number;
}

/**
 * The hard cap behind the pacing: whatever the schedule does (a burst of pages, a bug), the
 * display never makes more than CALENDAR_CALLS_PER_HOUR calls in any rolling hour. A refused call
 * never reaches the provider and fails the read with `budget`, saying when a call is free again.
 */
export function callLedger(fetch: typeof globalThis.fetch, now: () => number, limit = CALENDAR_CALLS_PER_HOUR): CallLedger {
  const calls: number[] = [];
  let total = 0;
  return {
    total: () => total,
    fetch: (input, init) => {
      const at = now();
      while (calls.length > 0 && calls[0]! <= at - HOUR) calls.shift();
      if (calls.length >= limit) {
        return Promise.reject(new CalendarError(429, "this display's hourly allowance of calendar reads is used up", { reason: "budget", retryAfterMs: calls[0]! + HOUR - at }));
      }
      calls.push(at);
      total++;
      return fetch(input, init);
    },
  };
}

/**
 * Reads the calendar until `stopped()`, waiting between reads as `nextCalendarReadAt` says. `wait`
 * and `now` are injected so the same loop runs on the tablet (timers) and in a test (a clock).
 */
export async function pollCalendar({
  source,
  ledger,
  now,
  wait,
  stopped,
  onEvents,
  onError,
  random = Math.random,
}: {
  source: CalendarSource;
  ledger: CallLedger;
  now: () => number;
  wait: (ms: number) => Promise<void>;
  stopped: () => boolean;
  onEvents: (events: CalendarEvent[], readAt: number) => void;
  onError: (error: unknown) => void;
  random?: () => number;
}): Promise<void> {
  let failures = 0;
  while (!stopped()) {
    const at = now();
    const before = ledger.total();
    let error: unknown = null;
    try {
      const events = await source.events(calendarReadRange(at));
      failures = 0;
      onEvents(events, at);
    } catch (caught) {
      error = caught;
      failures++;
      onError(caught);
    }
    const next = nextCalendarReadAt({ now: now(), calls: ledger.total() - before, failures, error, random });
    if (stopped()) return;
    await wait(Math.max(0, next - now()));
  }
}
