/// <reference types="@maxim_mazurok/gapi.client.calendar-v3" />
import * as z from "zod/mini";
import { googleFailure } from "./google-calendar-failure";
import { getJson, sendJson } from "./provider-http";
import { CalendarError, type AccessTokenProvider, type CalendarWrites } from "./types";

const createdEvent = z.object({ id: z.string().check(z.minLength(1)) });
// The whole attendee list, addresses included: a patch of `attendees` replaces the list, so every
// other attendee must be sent back as it was. Read on the tablet for the decline and never kept.
// Every documented attendee field is kept, so none is lost.
const attendee = z.object({
  id: z.optional(z.string()),
  email: z.optional(z.string()),
  displayName: z.optional(z.string()),
  organizer: z.optional(z.boolean()),
  self: z.optional(z.boolean()),
  resource: z.optional(z.boolean()),
  optional: z.optional(z.boolean()),
  responseStatus: z.optional(z.string()),
  comment: z.optional(z.string()),
  additionalGuests: z.optional(z.number()),
});
const attendeesOfEvent = z.object({ etag: z.optional(z.string()), attendees: z.optional(z.array(attendee)) });

/**
 * The panel's writes to the room's calendar through Calendar v3, with the tablet's token (scope
 * `calendar.events`): `events.insert`, `events.patch` of the end, `events.delete` of a booking
 * the panel made, and the decline: the room's own attendee entry (`self`) patched to
 * `responseStatus: "declined"` with a comment, `sendUpdates=all` so the organiser is told. The
 * patch carries the etag it was read with (`If-Match`): a list changed in between is a 412, not
 * an attendee dropped.
 */
export function googleWrites({ calendarId, getAccessToken, fetch, now, baseUrl }: {
  calendarId: string;
  getAccessToken: AccessTokenProvider;
  fetch: typeof globalThis.fetch;
  now: () => number;
  baseUrl: string;
}): CalendarWrites {
  const events = `${baseUrl}/calendars/${encodeURIComponent(calendarId)}/events`;
  const event = (eventId: string) => `${events}/${encodeURIComponent(eventId)}`;
  const headers = async () => ({ authorization: `Bearer ${await getAccessToken()}`, accept: "application/json" });
  const write = async (method: "POST" | "PATCH" | "DELETE", url: string, body?: gapi.client.calendar.Event, extra: Record<string, string> = {}) => {
    const answer = await sendJson(fetch, method, url, { ...(await headers()), ...extra }, body, "Google Calendar");
    if (!answer.response.ok) throw googleFailure(answer.response, answer.body, now(), "change");
    return answer.body;
  };
  const dateTime = (at: number): gapi.client.calendar.EventDateTime => ({ dateTime: new Date(at).toISOString() });
  return {
    async book({ start, end, subject }) {
      const body: gapi.client.calendar.Event = { summary: subject, start: dateTime(start), end: dateTime(end), transparency: "opaque", visibility: "default" };
      const created = createdEvent.safeParse(await write("POST", events, body));
      if (!created.success) throw new CalendarError(502, "Google Calendar did not say which event it created", { reason: "bad_answer" });
      return created.data.id;
    },
    async setEnd(eventId, end) {
      await write("PATCH", event(eventId), { end: dateTime(end) });
    },
    async remove(eventId) {
      await write("DELETE", event(eventId));
    },
    async decline(eventId, comment) {
      const read = await getJson(fetch, `${event(eventId)}?${new URLSearchParams({ fields: "etag,attendees" })}`, await headers(), "Google Calendar");
      if (!read.response.ok) throw googleFailure(read.response, read.body, now(), "change");
      const parsed = attendeesOfEvent.safeParse(read.body);
      if (!parsed.success) throw new CalendarError(502, "Google Calendar sent an answer we cannot read", { reason: "bad_answer" });
      const attendees = parsed.data.attendees ?? [];
      // Without its own entry the room is not invited to this meeting but holds it itself: there
      // is nothing to decline, and the panel releases it on its own.
      if (!attendees.some((a) => a.self === true)) throw new CalendarError(403, "the room is not an attendee of this meeting", { reason: "forbidden" });
      const declined: gapi.client.calendar.EventAttendee[] = attendees.map((a) => (a.self === true ? { ...a, responseStatus: "declined", comment } : a));
      await write("PATCH", `${event(eventId)}?${new URLSearchParams({ sendUpdates: "all" })}`, { attendees: declined }, parsed.data.etag ? { "if-match": parsed.data.etag } : {});
    },
  };
}
