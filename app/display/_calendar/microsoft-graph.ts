import { z } from "zod";
import { CalendarError, type AccessTokenProvider, type CalendarEvent, type CalendarRange, type CalendarSource } from "./types";
import { zonedDateTimeToEpoch } from "./zoned-time";

/** Only what the panel shows: no organiser, no attendees, no body, no location. */
export const GRAPH_SELECT = "subject,start,end,isAllDay,sensitivity,showAs,isCancelled,responseStatus";
const MAX_PAGES = 10;

const graphDateTime = z.object({ dateTime: z.string(), timeZone: z.string() });
const graphEvent = z.object({
  id: z.string(),
  subject: z.string().nullable().optional(),
  start: graphDateTime,
  end: graphDateTime,
  isAllDay: z.boolean().optional().default(false),
  isCancelled: z.boolean().optional().default(false),
  sensitivity: z.enum(["normal", "personal", "private", "confidential"]).optional().default("normal"),
  showAs: z.enum(["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"]).optional().default("busy"),
  responseStatus: z.object({ response: z.string() }).optional(),
});
const graphPage = z.object({ value: z.array(graphEvent), "@odata.nextLink": z.string().optional() });
const graphError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * Microsoft 365 through Graph `calendarView` (recurring meetings expanded by Graph), read on the
 * tablet with the tablet's own token. Times are asked in UTC (`Prefer: outlook.timezone`).
 */
export function microsoftGraphSource({
  roomEmail,
  getAccessToken,
  fetch = globalThis.fetch.bind(globalThis),
  baseUrl = "https://graph.microsoft.com/v1.0",
}: {
  roomEmail: string;
  getAccessToken: AccessTokenProvider;
  fetch?: typeof globalThis.fetch;
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
        $top: "50",
      });
      let url: string | undefined = `${baseUrl}/users/${encodeURIComponent(roomEmail)}/calendarView?${query}`;
      const events: CalendarEvent[] = [];
      for (let page = 0; url && page < MAX_PAGES; page++) {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, prefer: 'outlook.timezone="UTC"', accept: "application/json" } });
        const body: unknown = await response.json().catch(() => null);
        if (!response.ok) throw graphFailure(response.status, body);
        const parsed = graphPage.parse(body);
        events.push(...parsed.value.map(toEvent));
        url = parsed["@odata.nextLink"];
      }
      return events;
    },
  };
}

function toEvent(e: z.infer<typeof graphEvent>): CalendarEvent {
  return {
    id: e.id,
    start: graphTime(e.start),
    end: graphTime(e.end),
    allDay: e.isAllDay,
    subject: e.subject ?? null,
    isPrivate: e.sensitivity === "private" || e.sensitivity === "confidential",
    status: e.isCancelled ? "cancelled" : e.showAs === "tentative" || e.responseStatus?.response === "tentativelyAccepted" ? "tentative" : "confirmed",
    showAs: e.showAs,
  };
}

/** Graph writes "2026-11-23T09:00:00.0000000" with the zone beside it, never an offset. */
function graphTime(value: { dateTime: string; timeZone: string }): number {
  const local = value.dateTime.replace(/(\.\d{3})\d*$/, "$1");
  if (value.timeZone.toUpperCase() === "UTC") return Date.parse(`${local}Z`);
  return zonedDateTimeToEpoch(local.replace(/\.\d+$/, ""), value.timeZone);
}

function graphFailure(status: number, body: unknown): CalendarError {
  const detail = graphError.safeParse(body);
  if (status === 401) return new CalendarError(401, "needs sign-in again");
  if (status === 403) return new CalendarError(403, "no permission to read this room's calendar");
  return new CalendarError(status, detail.success ? detail.data.error.message : `Microsoft Graph answered ${status}`);
}
