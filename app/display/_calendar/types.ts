import type { CalendarEvent, CalendarRange } from "@/workers/domain/calendar-event";

// The tablet adapters speak the domain's calendar vocabulary; re-exported so they import one module.
export type { CalendarEvent, CalendarRange };

/** Every provider adapter (Microsoft Graph, Google Calendar, the demo schedule) has this shape. */
export interface CalendarSource {
  readonly kind: "demo" | "microsoft" | "google";
  events(range: CalendarRange): Promise<CalendarEvent[]>;
  /** What the panel may write to the room's calendar, with the tablet's own token. */
  readonly writes: CalendarWrites;
}

export interface NewBooking {
  start: number;
  end: number;
  /** The organisation's booking subject, in its language. */
  subject: string;
}

/**
 * The panel's writes, one provider request each. None checks the schedule: the panel re-reads it
 * before and after writing (app/display/_lib/panel-action.ts), because neither Graph nor Google
 * refuses an overlapping event created straight in a calendar.
 */
export interface CalendarWrites {
  /** Creates the booking in the room's calendar; answers the created event's id. */
  book(booking: NewBooking): Promise<string>;
  /** Moves a meeting's end: extend, or end now. */
  setEnd(eventId: string, end: number): Promise<void>;
  /** Takes a booking made at the panel back out (undo, or a conflict seen after writing it). */
  remove(eventId: string): Promise<void>;
  /**
   * The room declines the meeting and the organiser is told why, in `comment`. Given a series'
   * id (an occurrence's `seriesId`), it declines the whole recurring meeting, its future
   * occurrences with it: Graph's decline of the series master, Google's of the recurring event.
   */
  decline(eventId: string, comment: string): Promise<void>;
}

export type AccessTokenProvider = () => Promise<string>;

/**
 * Why a read failed, as a code the panel turns into words (`calendarErrorText`), in the display's
 * language. `rate_limited` and `budget` mean "wait": `retryAfterMs` says how long, when known.
 */
export type CalendarErrorReason =
  | "sign_in"
  | "forbidden"
  | "not_found"
  | "not_configured"
  | "rate_limited"
  | "budget"
  | "too_many_events"
  | "bad_answer"
  | "unreachable"
  | "provider";

/** A provider said no; `status` 401 means the tablet must sign in to the calendar again. */
export class CalendarError extends Error {
  readonly reason: CalendarErrorReason;
  /** How long the provider asked us to wait (its `Retry-After`), in ms; undefined when it did not say. */
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly status: number,
    message: string,
    options: { reason?: CalendarErrorReason; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = "CalendarError";
    this.reason = options.reason ?? reasonForStatus(status);
    this.retryAfterMs = options.retryAfterMs;
  }
}

function reasonForStatus(status: number): CalendarErrorReason {
  if (status === 401) return "sign_in";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 412) return "not_configured";
  if (status === 429 || status === 503) return "rate_limited";
  return "provider";
}
