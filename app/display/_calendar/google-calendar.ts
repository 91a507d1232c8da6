import { z } from "zod";
import { CalendarError, type AccessTokenProvider, type CalendarEvent, type CalendarRange, type CalendarSource } from "./types";
import { zonedDateTimeToEpoch } from "./zoned-time";

/** Only what the panel shows (partial response): no attendees, organiser, description or location. */
export const GOOGLE_FIELDS = "items(id,summary,start,end,status,visibility,transparency),nextPageToken";
const MAX_PAGES = 10;

const googleTime = z.object({ dateTime: z.string().optional(), date: z.string().optional(), timeZone: z.string().optional() });
const googleEvent = z.object({
  id: z.string(),
  summary: z.string().optional(),
  start: googleTime,
  end: googleTime,
  status: z.enum(["confirmed", "tentative", "cancelled"]).optional().default("confirmed"),
  visibility: z.enum(["default", "public", "private", "confidential"]).optional().default("default"),
  transparency: z.enum(["opaque", "transparent"]).optional().default("opaque"),
});
const googlePage = z.object({ items: z.array(googleEvent).optional().default([]), nextPageToken: z.string().optional() });
const googleError = z.object({ error: z.object({ code: z.number(), message: z.string() }) });

/**
 * Google Calendar `events.list` with recurring events expanded (`singleEvents`), read on the tablet
 * with its own token. All-day events come as dates in the room's time zone.
 */
export function googleCalendarSource({
  calendarId,
  timeZone,
  getAccessToken,
  fetch = globalThis.fetch.bind(globalThis),
  baseUrl = "https://www.googleapis.com/calendar/v3",
}: {
  calendarId: string;
  timeZone: string;
  getAccessToken: AccessTokenProvider;
  fetch?: typeof globalThis.fetch;
  baseUrl?: string;
}): CalendarSource {
  return {
    kind: "google",
    async events(range: CalendarRange) {
      const token = await getAccessToken();
      const events: CalendarEvent[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({
          timeMin: new Date(range.from).toISOString(),
          timeMax: new Date(range.to).toISOString(),
          singleEvents: "true",
          orderBy: "startTime",
          maxResults: "250",
          fields: GOOGLE_FIELDS,
        });
        if (pageToken) query.set("pageToken", pageToken);
        const response = await fetch(`${baseUrl}/calendars/${encodeURIComponent(calendarId)}/events?${query}`, {
          headers: { authorization: `Bearer ${token}`, accept: "application/json" },
        });
        const body: unknown = await response.json().catch(() => null);
        if (!response.ok) throw googleFailure(response.status, body);
        const parsed = googlePage.parse(body);
        events.push(...parsed.items.map((e) => toEvent(e, timeZone)));
        pageToken = parsed.nextPageToken;
        if (!pageToken) break;
      }
      return events;
    },
  };
}

function toEvent(e: z.infer<typeof googleEvent>, timeZone: string): CalendarEvent {
  const allDay = Boolean(e.start.date);
  return {
    id: e.id,
    start: when(e.start, timeZone),
    end: when(e.end, timeZone),
    allDay,
    subject: e.summary ?? null,
    isPrivate: e.visibility === "private" || e.visibility === "confidential",
    status: e.status,
    showAs: e.transparency === "transparent" ? "free" : e.status === "tentative" ? "tentative" : "busy",
  };
}

function when(value: z.infer<typeof googleTime>, timeZone: string): number {
  if (value.dateTime) return Date.parse(value.dateTime); // RFC 3339, always with an offset
  if (value.date) return zonedDateTimeToEpoch(value.date, value.timeZone ?? timeZone);
  throw new CalendarError(502, "an event without a start or end");
}

function googleFailure(status: number, body: unknown): CalendarError {
  const detail = googleError.safeParse(body);
  if (status === 401) return new CalendarError(401, "needs sign-in again");
  if (status === 403 || status === 404) return new CalendarError(status, "no permission to read this room's calendar");
  return new CalendarError(status, detail.success ? detail.data.error.message : `Google Calendar answered ${status}`);
}
