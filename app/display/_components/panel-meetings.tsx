"use client";

import { restOfToday } from "@/workers/domain/panel-day";
import type { CalendarEvent } from "../_calendar/types";
import type { DisplayText } from "../_i18n";

/** How the panel words a meeting: its subject only when the room allows it, its times and, on another day, which day. */
interface MeetingWords {
  t: DisplayText;
  privacyMode: boolean;
  time: (at: number) => string;
  /** "" today, else "Tomorrow", a weekday or a date. */
  day: (at: number) => string;
}

/** What a meeting is called on the wall: private events are always "Private", and privacy mode hides every subject. */
function meetingTitle(event: CalendarEvent, { t, privacyMode }: MeetingWords): string {
  const title = event.isPrivate ? t("private") : privacyMode || !event.subject ? t("booked") : event.subject;
  return event.status === "tentative" ? `${title} (${t("tentative")})` : title;
}

function meetingTimes(event: CalendarEvent, { time }: MeetingWords): string {
  return `${time(event.start)} – ${time(event.end)}`;
}

/** The current or the next meeting. */
export function Meeting({ label, event, ...words }: { label: string; event: CalendarEvent } & MeetingWords) {
  const day = words.day(event.start);
  return (
    <div className="display-meeting">
      <p className="display-meeting-label">{label}</p>
      <p className="display-meeting-title">{meetingTitle(event, words)}</p>
      <p className="display-meeting-time">{event.allDay ? words.t("allDay") : `${day ? `${day} ` : ""}${meetingTimes(event, words)}`}</p>
    </div>
  );
}

/** At most this many later meetings: with the current and next ones they fill a 1280×800 panel without scrolling. */
const AGENDA_LIMIT = 3;

/**
 * The rest of today after the meetings shown above it, for people planning their afternoon: on a
 * wide landscape panel only (the stylesheet hides it elsewhere), never more than fits.
 */
export function Agenda({ events, now, timeZone, shown, ...words }: { events: CalendarEvent[]; now: number; timeZone: string; shown: (CalendarEvent | null)[] } & MeetingWords) {
  const { meetings, more } = restOfToday(events, now, timeZone, shown, AGENDA_LIMIT);
  if (meetings.length === 0) return null;
  return (
    <section className="display-agenda" aria-labelledby="agenda-title">
      <h2 className="display-meeting-label" id="agenda-title">{words.t("laterToday")}</h2>
      <ol>
        {meetings.map((event) => (
          <li key={event.id}>
            <span className="display-agenda-time">{meetingTimes(event, words)}</span> <span className="display-agenda-title">{meetingTitle(event, words)}</span>
          </li>
        ))}
        {more > 0 && <li className="display-agenda-more">{words.t("more", { count: more })}</li>}
      </ol>
    </section>
  );
}
