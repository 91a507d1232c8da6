import type { CalendarEvent, CalendarRange } from "./calendar-event";
import { pad, startOfZonedDay, zonedDateTimeToEpoch, zonedParts } from "./zoned-time";

/**
 * The demo calendar: the same day of meetings every day in the room's time zone, so `npm start`
 * always shows something happening and tests can set the tablet's clock to a known moment.
 * Covers what the panel must handle: back-to-back meetings, a tentative one, a private one,
 * a cancelled one and an all-day event that does not hold the room.
 */
export const DEMO_MEETINGS = [
  { start: "09:00", end: "10:00", subject: "Weekly planning", status: "confirmed", showAs: "busy", isPrivate: false },
  { start: "10:00", end: "10:30", subject: "Design review", status: "confirmed", showAs: "busy", isPrivate: false },
  { start: "11:30", end: "12:00", subject: "Supplier call", status: "tentative", showAs: "tentative", isPrivate: false },
  { start: "13:00", end: "13:45", subject: "Doctor", status: "confirmed", showAs: "busy", isPrivate: true },
  { start: "14:00", end: "15:30", subject: "Quarterly review", status: "confirmed", showAs: "busy", isPrivate: false },
  { start: "16:00", end: "16:30", subject: "Cancelled stand-up", status: "cancelled", showAs: "busy", isPrivate: false },
] as const satisfies readonly { start: string; end: string; subject: string; status: CalendarEvent["status"]; showAs: CalendarEvent["showAs"]; isPrivate: boolean }[];

const DEMO_ALL_DAY = { subject: "Team offsite day (room not needed)", showAs: "free" } as const;

/** Every demo meeting of every day that touches the range. */
export function demoEvents(range: CalendarRange, timeZone: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  // Walk day by day in the room's zone (days are 23 or 25 hours long across DST changes).
  let day = startOfZonedDay(range.from, timeZone);
  for (let guard = 0; day < range.to && guard < 60; guard++) {
    const p = zonedParts(day + 12 * 3600_000, timeZone);
    const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    const nextDay = startOfZonedDay(day + 36 * 3600_000, timeZone);
    events.push({ id: `demo-${date}-allday`, start: day, end: nextDay, allDay: true, subject: DEMO_ALL_DAY.subject, isPrivate: false, status: "confirmed", showAs: DEMO_ALL_DAY.showAs });
    for (const m of DEMO_MEETINGS) {
      events.push({
        id: `demo-${date}-${m.start.replace(":", "")}`,
        start: zonedDateTimeToEpoch(`${date}T${m.start}:00`, timeZone),
        end: zonedDateTimeToEpoch(`${date}T${m.end}:00`, timeZone),
        allDay: false,
        subject: m.subject,
        isPrivate: m.isPrivate,
        status: m.status,
        showAs: m.showAs,
      });
    }
    day = nextDay;
  }
  return events.filter((e) => e.end > range.from && e.start < range.to);
}
