import * as z from "zod/mini";
import { googleFailure } from "./google-calendar-failure";
import { googleWrites } from "./google-calendar-writes";
import { getJson } from "./provider-http";
import { CalendarError, type AccessTokenProvider, type CalendarEvent, type CalendarRange, type CalendarSource } from "./types";
import { zonedDateTimeToEpoch } from "@/workers/domain/zoned-time";

/**
 * Only what the panel needs (partial response). Attendees come with their `self`, `resource` and
 * `responseStatus` only — never a name or an address — so the room's own answer can be read.
 * `timeZone` is the calendar's zone, in which all-day dates are days. `recurringEventId` ties an
 * occurrence to its recurring event, for releasing a series nobody comes to.
 */
export const GOOGLE_FIELDS =
  "timeZone,nextPageToken,items(id,summary,start,end,status,visibility,transparency,eventType,recurringEventId,attendees(self,resource,responseStatus))";
/** 250 events a page (events.list's default page size), at most 4 pages: 1,000 events, as for Graph. */
const GOOGLE_PAGE_SIZE = 250;
export const GOOGLE_MAX_PAGES = 4;

// The official Calendar v3 types mark every field of an event optional; read them all so.
const googleTime = z.object({ dateTime: z.optional(z.string()), date: z.optional(z.string()), timeZone: z.optional(z.string()) });
const googleAttendee = z.object({ self: z.optional(z.boolean()), resource: z.optional(z.boolean()), responseStatus: z.optional(z.string()) });
const googleEvent = z.object({
  id: z.optional(z.string()),
  summary: z.optional(z.string()),
  start: z.optional(googleTime),
  end: z.optional(googleTime),
  status: z.optional(z.string()),
  visibility: z.optional(z.string()),
  transparency: z.optional(z.string()),
  eventType: z.optional(z.string()),
  attendees: z.optional(z.array(googleAttendee)),
  recurringEventId: z.optional(z.string()),
});
const googlePage = z.object({ items: z.optional(z.array(z.unknown())), nextPageToken: z.optional(z.string()), timeZone: z.optional(z.string()) });

/**
 * Google Calendar `events.list` with recurring events expanded (`singleEvents`: each occurrence,
 * moved or not, is its own event), read on the tablet with its own token.
 *
 * `visibility: "default"` means "the calendar's default", which events.list does not tell. A room
 * display hangs in a corridor, so we take the default to be private (the panel shows "Private")
 * unless the organisation says its room calendars default to public (`defaultVisibility`).
 */
export function googleCalendarSource({
  calendarId,
  timeZone,
  getAccessToken,
  defaultVisibility = "private",
  fetch = globalThis.fetch.bind(globalThis),
  now = Date.now,
  baseUrl = "https://www.googleapis.com/calendar/v3",
}: {
  calendarId: string;
  /** The display's configured zone: used only if Google does not say the calendar's own. */
  timeZone: string;
  getAccessToken: AccessTokenProvider;
  defaultVisibility?: "private" | "public";
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  baseUrl?: string;
}): CalendarSource {
  return {
    kind: "google",
    async events(range: CalendarRange) {
      const token = await getAccessToken();
      const raw: unknown[] = [];
      let calendarZone: string | undefined;
      let pageToken: string | undefined;
      for (let page = 0; page === 0 || pageToken; page++) {
        if (page === GOOGLE_MAX_PAGES) {
          throw new CalendarError(502, `more than ${GOOGLE_MAX_PAGES * GOOGLE_PAGE_SIZE} events in the room's calendar`, { reason: "too_many_events" });
        }
        const query = new URLSearchParams({
          timeMin: new Date(range.from).toISOString(),
          timeMax: new Date(range.to).toISOString(),
          singleEvents: "true",
          orderBy: "startTime",
          maxResults: String(GOOGLE_PAGE_SIZE),
          fields: GOOGLE_FIELDS,
        });
        if (pageToken) query.set("pageToken", pageToken);
        const { response, body } = await getJson(
          fetch,
          `${baseUrl}/calendars/${encodeURIComponent(calendarId)}/events?${query}`,
          { authorization: `Bearer ${token}`, accept: "application/json" },
          "Google Calendar",
        );
        if (!response.ok) throw googleFailure(response, body, now());
        const parsed = googlePage.safeParse(body);
        if (!parsed.success) throw new CalendarError(502, "Google Calendar sent an answer we cannot read", { reason: "bad_answer" });
        calendarZone ??= parsed.data.timeZone;
        raw.push(...(parsed.data.items ?? []));
        pageToken = parsed.data.nextPageToken;
      }
      const zone = calendarZone ?? timeZone;
      return raw.flatMap((e) => toEvent(e, zone, defaultVisibility) ?? []);
    },
    writes: googleWrites({ calendarId, getAccessToken, fetch, now, baseUrl }),
  };
}

/** Null when the event cannot be placed in time: a cancelled occurrence may carry only its id. */
function toEvent(raw: unknown, calendarZone: string, defaultVisibility: "private" | "public"): CalendarEvent | null {
  const parsed = googleEvent.safeParse(raw);
  if (!parsed.success) return null;
  const e = parsed.data;
  if (!e.id || !e.start || !e.end) return null;
  let start: number, end: number;
  try {
    start = when(e.start, calendarZone);
    end = when(e.end, calendarZone);
  } catch {
    return null;
  }
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  const room = roomAttendee(e.attendees ?? []);
  const tentative = e.status === "tentative" || room?.responseStatus === "tentative";
  const visibility = e.visibility === "public" || e.visibility === "private" || e.visibility === "confidential" ? e.visibility : defaultVisibility;
  return {
    id: e.id,
    start,
    end,
    allDay: Boolean(e.start.date) && !e.start.dateTime,
    subject: e.summary ?? null,
    isPrivate: visibility !== "public",
    // The room declining is, for the panel, the same as the meeting being cancelled: not here.
    status: e.status === "cancelled" || room?.responseStatus === "declined" ? "cancelled" : tentative ? "tentative" : "confirmed",
    showAs:
      e.transparency === "transparent" ? "free"
      : e.eventType === "workingLocation" ? "workingElsewhere"
      : e.eventType === "outOfOffice" ? "oof"
      : tentative ? "tentative"
      : "busy",
    ...(e.recurringEventId ? { seriesId: e.recurringEventId } : {}),
  };
}

/**
 * The room's own entry in the attendee list: the one marked `self` ("represents the calendar on
 * which this copy of the event appears" — here, the room's). Failing that, the only resource on
 * the event; with several resources and none marked, we cannot tell which is this room.
 */
function roomAttendee(attendees: z.infer<typeof googleAttendee>[]) {
  const self = attendees.find((a) => a.self === true);
  if (self) return self;
  const resources = attendees.filter((a) => a.resource === true);
  return resources.length === 1 ? resources[0] : undefined;
}

/** All-day dates are days in the calendar's zone; times carry an offset, or else their zone. */
function when(value: z.infer<typeof googleTime>, calendarZone: string): number {
  if (value.dateTime) {
    if (/(Z|[+-]\d{2}:\d{2})$/i.test(value.dateTime)) return Date.parse(value.dateTime);
    return zonedDateTimeToEpoch(value.dateTime, value.timeZone ?? calendarZone);
  }
  if (value.date) return zonedDateTimeToEpoch(value.date, calendarZone);
  return Number.NaN;
}
