import type * as MicrosoftGraph from "@microsoft/microsoft-graph-types";
import * as z from "zod/mini";
import { graphFailure } from "./microsoft-graph-failure";
import { sendJson } from "./provider-http";
import { CalendarError, type AccessTokenProvider, type CalendarWrites } from "./types";

const createdEvent = z.object({ id: z.string().check(z.minLength(1)) });

/** Graph's dateTimeTimeZone in UTC, as calendarView gives it back to us ("2026-11-23T09:00:00.0000000"). */
function graphDateTime(at: number): MicrosoftGraph.DateTimeTimeZone {
  return { dateTime: new Date(at).toISOString().replace("Z", "0000"), timeZone: "UTC" };
}

/**
 * The panel's writes to the room's mailbox through Graph v1.0, with the tablet's token (which
 * needs `Calendars.ReadWrite` as the room's account, `Calendars.ReadWrite.Shared` delegated):
 * create an event in the room's calendar, PATCH its end, DELETE a booking the panel made, and
 * `decline` a meeting with a comment sent to its organiser (`sendResponse: true`).
 */
export function graphWrites({ roomEmail, getAccessToken, fetch, now, baseUrl }: {
  roomEmail: string;
  getAccessToken: AccessTokenProvider;
  fetch: typeof globalThis.fetch;
  now: () => number;
  baseUrl: string;
}): CalendarWrites {
  const user = `${baseUrl}/users/${encodeURIComponent(roomEmail)}`;
  const write = async (method: "POST" | "PATCH" | "DELETE", url: string, body?: MicrosoftGraph.Event | { comment: string; sendResponse: boolean }) => {
    const headers = { authorization: `Bearer ${await getAccessToken()}`, accept: "application/json", prefer: 'outlook.timezone="UTC"' };
    const answer = await sendJson(fetch, method, url, headers, body, "Microsoft Graph");
    if (!answer.response.ok) throw graphFailure(answer.response, answer.body, now(), "change");
    return answer.body;
  };
  const event = (eventId: string) => `${user}/events/${encodeURIComponent(eventId)}`;
  return {
    async book({ start, end, subject }) {
      const body: MicrosoftGraph.Event = { subject, start: graphDateTime(start), end: graphDateTime(end), showAs: "busy", sensitivity: "normal", isReminderOn: false };
      const created = createdEvent.safeParse(await write("POST", `${user}/calendar/events`, body));
      if (!created.success) throw new CalendarError(502, "Microsoft Graph did not say which event it created", { reason: "bad_answer" });
      return created.data.id;
    },
    async setEnd(eventId, end) {
      await write("PATCH", event(eventId), { end: graphDateTime(end) });
    },
    async remove(eventId) {
      await write("DELETE", event(eventId));
    },
    async decline(eventId, comment) {
      await write("POST", `${event(eventId)}/decline`, { comment, sendResponse: true });
    },
  };
}
