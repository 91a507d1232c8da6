import * as z from "zod/mini";
import { graphFailure } from "./microsoft-graph-failure";
import { assertSameOrigin, getJson } from "./provider-http";
import { CalendarError, type AccessTokenProvider, type CalendarEvent, type CalendarRange, type CalendarSource } from "./types";
import { zonedDateTimeToEpoch } from "@/workers/domain/zoned-time";
import { graphWrites } from "./microsoft-graph-writes";

/**
 * Only what the panel shows: no organiser, no attendees, no body, no location. `seriesMasterId`
 * ties an occurrence to its series, for releasing a series nobody comes to.
 */
export const GRAPH_SELECT = "subject,start,end,isAllDay,sensitivity,showAs,isCancelled,responseStatus,seriesMasterId";
/**
 * calendarView pages: 100 events a page, at most 10 pages (1,000 events in the 48 hours the panel
 * reads — no room holds that many). Past the cap the read fails loudly instead of showing a
 * schedule with its end cut off. Graph's paging guide: follow `@odata.nextLink` until it is absent.
 */
const GRAPH_PAGE_SIZE = 100;
export const GRAPH_MAX_PAGES = 10;

// Every property of the event resource is nullable in the official types
// (@microsoft/microsoft-graph-types `Event`), and enums may grow ("unknownFutureValue"): read them
// as plain strings and decide below, so one odd event never fails the whole read.
const graphDateTime = z.object({ dateTime: z.string(), timeZone: z.nullish(z.string()) });
const graphEvent = z.object({
  id: z.nullish(z.string()),
  subject: z.nullish(z.string()),
  start: z.nullish(graphDateTime),
  end: z.nullish(graphDateTime),
  isAllDay: z.nullish(z.boolean()),
  isCancelled: z.nullish(z.boolean()),
  sensitivity: z.nullish(z.string()),
  showAs: z.nullish(z.string()),
  responseStatus: z.nullish(z.object({ response: z.nullish(z.string()) })),
  seriesMasterId: z.nullish(z.string()),
});
const graphPage = z.object({ value: z.array(z.unknown()), "@odata.nextLink": z.nullish(z.string()) });

const SHOW_AS = new Set<CalendarEvent["showAs"]>(["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"]);

/**
 * Microsoft 365 through Graph `calendarView` (recurring meetings expanded by Graph: occurrences and
 * exceptions come as their own events), read on the tablet with the tablet's own token. Timed
 * events are asked in UTC (`Prefer: outlook.timezone`); all-day ones are dates in the room's zone.
 */
export function microsoftGraphSource({
  roomEmail,
  getAccessToken,
  timeZone = "UTC",
  fetch = globalThis.fetch.bind(globalThis),
  now = Date.now,
  baseUrl = "https://graph.microsoft.com/v1.0",
}: {
  roomEmail: string;
  getAccessToken: AccessTokenProvider;
  /** The room's IANA zone (the display's configuration): where an all-day event's dates are days. */
  timeZone?: string;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  baseUrl?: string;
}): CalendarSource {
  return {
    kind: "microsoft",
    async events(range: CalendarRange) {
      const token = await getAccessToken();
      const query = new URLSearchParams({
        startDateTime: new Date(range.from).toISOString(),
        endDateTime: new Date(range.to).toISOString(),
        $select: GRAPH_SELECT,
        $orderby: "start/dateTime",
        $top: String(GRAPH_PAGE_SIZE),
      });
      const headers = { authorization: `Bearer ${token}`, prefer: 'outlook.timezone="UTC"', accept: "application/json" };
      let url: string | null | undefined = `${baseUrl}/users/${encodeURIComponent(roomEmail)}/calendarView?${query}`;
      const events: CalendarEvent[] = [];
      for (let page = 0; url; page++) {
        if (page === GRAPH_MAX_PAGES) {
          throw new CalendarError(502, `more than ${GRAPH_MAX_PAGES * GRAPH_PAGE_SIZE} events in the room's calendar`, { reason: "too_many_events" });
        }
        assertSameOrigin(url, baseUrl, "Microsoft Graph");
        const { response, body } = await getJson(fetch, url, headers, "Microsoft Graph");
        if (!response.ok) throw graphFailure(response, body, now());
        const parsed = graphPage.safeParse(body);
        if (!parsed.success) throw new CalendarError(502, "Microsoft Graph sent an answer we cannot read", { reason: "bad_answer" });
        for (const raw of parsed.data.value) {
          const event = toEvent(raw, timeZone);
          if (event) events.push(event);
        }
        url = parsed.data["@odata.nextLink"];
      }
      return events;
    },
    writes: graphWrites({ roomEmail, getAccessToken, fetch, now, baseUrl }),
  };
}

/** Null when the event cannot be placed in time (no start or end): it can hold no part of the day. */
function toEvent(raw: unknown, timeZone: string): CalendarEvent | null {
  const parsed = graphEvent.safeParse(raw);
  if (!parsed.success) return null;
  const e = parsed.data;
  if (!e.start || !e.end) return null;
  const allDay = e.isAllDay === true;
  let start: number, end: number;
  try {
    start = allDay ? graphDate(e.start, timeZone) : graphTime(e.start);
    end = allDay ? graphDate(e.end, timeZone) : graphTime(e.end);
  } catch {
    return null;
  }
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  const showAs = SHOW_AS.has(e.showAs as CalendarEvent["showAs"]) ? (e.showAs as CalendarEvent["showAs"]) : "unknown";
  const response = e.responseStatus?.response;
  return {
    id: e.id ?? `graph-${start}-${end}`,
    start,
    end,
    allDay,
    subject: e.subject ?? null,
    // Anything but "normal" keeps the subject off the wall, an unknown sensitivity included.
    isPrivate: e.sensitivity !== "normal",
    // `responseStatus` is the calendar owner's answer, so here the room's: a meeting it declined
    // is not in the room, and for the panel that is the same as cancelled.
    status: e.isCancelled === true || response === "declined" ? "cancelled" : showAs === "tentative" || response === "tentativelyAccepted" ? "tentative" : "confirmed",
    showAs,
    ...(e.seriesMasterId ? { seriesId: e.seriesMasterId } : {}),
  };
}

/**
 * Graph gives all-day events midnight to midnight labelled UTC whatever `Prefer` asks (by design,
 * per Microsoft's answers on microsoft-graph-docs #1802 and #16798): the dates are what count, and
 * they are days in the room's zone, so an all-day booking in Tokyo runs Tokyo midnight to midnight.
 */
function graphDate(value: { dateTime: string }, timeZone: string): number {
  return zonedDateTimeToEpoch(value.dateTime.slice(0, 10), timeZone);
}

/** Graph writes "2026-11-23T09:00:00.0000000" with the zone beside it, never an offset. */
function graphTime(value: { dateTime: string; timeZone?: string | null }): number {
  const local = value.dateTime.replace(/(\.\d{3})\d*$/, "$1");
  // We asked for UTC; a missing zone is read as what we asked for.
  if (!value.timeZone || value.timeZone.toUpperCase() === "UTC") return Date.parse(`${local}Z`);
  return zonedDateTimeToEpoch(local.replace(/\.\d+$/, ""), value.timeZone);
}
