import type { CalendarEvent } from "./calendar-event";
import { holdsRoom } from "./occupancy";
import { pad, startOfZonedDay, zonedDateTimeToEpoch, zonedParts } from "./zoned-time";

/**
 * The panel's sense of the day, in the room's zone, with time passed in as `now`: which day a
 * meeting falls on as a person says it, how long a free room is worth announcing, and what is
 * left of today. The words are the tablet's (app/display/_i18n.ts); these are the decisions.
 */

/** Which day an instant falls on, seen from `now` in the room's zone: today, tomorrow, or a weekday (0 = Sunday) beyond. */
export type DayFromNow = { kind: "today" } | { kind: "tomorrow" } | { kind: "weekday"; weekday: number } | { kind: "later" };

/** The zoned calendar date of an instant, as a number of days, so two dates compare by subtraction. */
function dayNumber(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

/**
 * The day of `at` as seen at `now`: counted in calendar dates of the room's zone (so 23:59 and
 * 00:01 are two days, and a DST day of 23 or 25 hours is one), a weekday name up to six days on,
 * "later" past a week, where a weekday name would mislead.
 */
export function dayFromNow(at: number, now: number, timeZone: string): DayFromNow {
  const days = dayNumber(at, timeZone) - dayNumber(now, timeZone);
  if (days <= 0) return { kind: "today" };
  if (days === 1) return { kind: "tomorrow" };
  if (days < 7) return { kind: "weekday", weekday: zonedParts(at, timeZone).weekday };
  return { kind: "later" };
}

/** Today's end of business hours in the room's zone (`businessEndMinute` past its midnight, on the wall clock). */
function businessEndToday(now: number, timeZone: string, businessEndMinute: number): number {
  const p = zonedParts(now, timeZone);
  return zonedDateTimeToEpoch(`${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(Math.floor(businessEndMinute / 60))}:${pad(businessEndMinute % 60)}`, timeZone);
}

/**
 * How long a free room is announced as free: `{ restOfDay: true }` when nothing follows, when the
 * next meeting is on another day, or when the room stays free past the end of business hours
 * (nobody plans on "free for 17 h 25"); otherwise the minutes until the next meeting, rounded up.
 */
export function freeSpan(next: CalendarEvent | null, now: number, { timeZone, businessEndMinute }: { timeZone: string; businessEndMinute: number }): { restOfDay: true } | { restOfDay: false; minutes: number } {
  if (!next || dayFromNow(next.start, now, timeZone).kind !== "today") return { restOfDay: true };
  const end = businessEndToday(now, timeZone, businessEndMinute);
  if (now < end && next.start > end) return { restOfDay: true };
  return { restOfDay: false, minutes: Math.max(1, Math.ceil((next.start - now) / 60_000)) };
}

/**
 * The rest of today after the meetings the panel already shows (`shown`: the current and the next
 * one): the meetings holding the room that start later today, in order. The panel lists the first
 * `limit` and says how many more there are, so the agenda never makes the panel scroll.
 */
export function restOfToday(events: CalendarEvent[], now: number, timeZone: string, shown: (CalendarEvent | null)[], limit: number): { meetings: CalendarEvent[]; more: number } {
  const ids = new Set(shown.flatMap((e) => (e ? [e.id] : [])));
  const tomorrow = startOfZonedDay(startOfZonedDay(now, timeZone) + 36 * 3600_000, timeZone);
  const later = events.filter((e) => holdsRoom(e) && !e.allDay && !ids.has(e.id) && e.start > now && e.start < tomorrow).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  return { meetings: later.slice(0, limit), more: Math.max(0, later.length - limit) };
}
