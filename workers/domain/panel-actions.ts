import type { CalendarEvent } from "./calendar-event";
import { holdsRoom, occupancyAt } from "./occupancy";
import { dayFromNow } from "./panel-day";

/**
 * What a person may do at the door, decided from the room's schedule and the tablet's clock alone
 * (time comes in as `now`). The tablet acts on these answers; the server never sees them.
 */

const MINUTE = 60_000;
/** Durations the panel offers for a booking, before "until the next meeting". */
const BOOKING_MINUTES = [15, 30, 60] as const;
/** How much longer a meeting may run, when the room is free after it. */
const EXTEND_MINUTES = [15, 30] as const;
/** A gap shorter than this before the next meeting is not worth a booking. */
const SHORTEST_BOOKING_MS = 5 * MINUTE;

export interface TimeChoice {
  /** The fixed duration, or "until_next" for the gap up to the next meeting. */
  minutes: number | "until_next";
  end: number;
}

/** The start of the minute `now` falls in: bookings and early ends are whole minutes, as calendars show them. */
export function startOfMinute(now: number): number {
  return Math.floor(now / MINUTE) * MINUTE;
}

/**
 * Where a booking the person tapped ends. A fixed duration counts from the minute of the tap, not
 * the minute the panel drew its buttons in (up to a minute earlier): "15 min" tapped at 10:01 on
 * buttons drawn at 10:00 books 10:01–10:16, as the button says. Should that no longer fit before
 * the next meeting, the booking is refused as taken and the panel offers what fits now.
 * "Until the next meeting" ends where it said.
 */
export function bookingEndAt(choice: TimeChoice, now: number): number {
  return choice.minutes === "until_next" ? choice.end : startOfMinute(now) + choice.minutes * MINUTE;
}

/**
 * The bookings that fit from now (the current minute) before the next meeting: each fixed duration
 * that ends by the next meeting's start, then "until the next meeting" when that gap is not one of
 * them. Nothing while the room is occupied, nor when the gap is under five minutes. "Until the
 * next meeting" only when it is today in the room's zone: at 19:00, "book until 09:00" means
 * tomorrow morning, which nobody standing at the door wants to hold.
 */
export function bookingChoices(events: CalendarEvent[], now: number, timeZone: string): { start: number; choices: TimeChoice[] } {
  const start = startOfMinute(now);
  const occupancy = occupancyAt(events, now);
  if (occupancy.occupied) return { start, choices: [] };
  const limit = occupancy.next?.start ?? Number.POSITIVE_INFINITY;
  if (limit - start < SHORTEST_BOOKING_MS) return { start, choices: [] };
  const choices: TimeChoice[] = BOOKING_MINUTES.filter((m) => start + m * MINUTE <= limit).map((minutes) => ({ minutes, end: start + minutes * MINUTE }));
  const nextToday = occupancy.next != null && dayFromNow(limit, now, timeZone).kind === "today";
  if (nextToday && !choices.some((c) => c.end === limit)) choices.push({ minutes: "until_next", end: limit });
  return { start, choices };
}

/**
 * How long the running meeting may be extended: each step that ends before anything else holds
 * the room. Only a timed meeting that has not ended; nothing when another meeting follows at once.
 */
export function extendChoices(events: CalendarEvent[], meeting: CalendarEvent, now: number): TimeChoice[] {
  if (meeting.allDay || meeting.end <= now || meeting.start > now) return [];
  const others = events.filter((e) => e.id !== meeting.id);
  const after = occupancyAt(others, meeting.end);
  if (after.occupied) return [];
  const limit = after.next?.start ?? Number.POSITIVE_INFINITY;
  return EXTEND_MINUTES.filter((m) => meeting.end + m * MINUTE <= limit).map((minutes) => ({ minutes, end: meeting.end + minutes * MINUTE }));
}

/**
 * The new end of a meeting ended now: the current minute, so the room is free at once. A meeting
 * that began within this minute keeps one minute, since a calendar event cannot end where it
 * starts. Null when the meeting is not running (nothing to end) or is all-day.
 */
export function endNowAt(meeting: CalendarEvent, now: number): number | null {
  if (meeting.allDay || now < meeting.start || now >= meeting.end) return null;
  return Math.max(startOfMinute(now), meeting.start + MINUTE);
}

/**
 * The instant a meeting nobody checked in to stops holding the room: its start plus the display's
 * limit, counted in elapsed time, so a meeting across midnight or a DST change is released after
 * exactly that many minutes of waiting. Null for all-day events, which need no check-in.
 */
export function releaseAt(meeting: CalendarEvent, checkInMinutes: number): number | null {
  return meeting.allDay ? null : meeting.start + checkInMinutes * MINUTE;
}

/**
 * The meetings to release now: timed, running past their check-in limit, not checked in to and not
 * released already (released ones are declined in the calendar, and a decline must be sent once).
 */
export function meetingsToRelease(
  events: CalendarEvent[],
  now: number,
  checkInMinutes: number | null,
  settled: { checkedIn: ReadonlySet<string>; released: ReadonlySet<string> },
): CalendarEvent[] {
  if (checkInMinutes === null) return [];
  return events.filter((e) => {
    if (e.status === "cancelled" || settled.checkedIn.has(e.id) || settled.released.has(e.id)) return false;
    const at = releaseAt(e, checkInMinutes);
    return at !== null && at <= now && now < e.end;
  });
}

/**
 * The meetings that hold the room at some moment of `span`, other than `except` (the panel's own
 * booking, read back after writing it). A booking is only ever written into a span where this is
 * empty, and undone when a read right after shows it is not: never a double booking.
 */
export function conflictsIn(events: CalendarEvent[], span: { start: number; end: number }, except?: string): CalendarEvent[] {
  return events.filter((e) => e.id !== except && holdsRoom(e) && e.start < span.end && e.end > span.start);
}
