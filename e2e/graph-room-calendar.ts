import type * as MicrosoftGraph from "@microsoft/microsoft-graph-types";
import { z } from "zod";

/**
 * A room mailbox's calendar as Microsoft Graph v1.0 serves it, for the tablet's reads and writes:
 * `calendarView`, `POST /users/{room}/calendar/events`, `PATCH` and `DELETE /users/{room}/events/{id}`
 * and `POST …/events/{id}/decline`. Bodies are checked against what those endpoints take (a field
 * they do not take is Graph's 400 `RequestBodyRead`); unknown paths are 400 `BadRequest`, a gone
 * event 404 `ErrorItemNotFound`, all in Graph's error envelope.
 *
 * The room declines conflicts, as a room mailbox whose booking processing does not allow them:
 * a booking that overlaps a meeting holding the room is written, and at once declined by the room
 * (`responseStatus` "declined"), so it never holds the room.
 *
 * Recurring meetings come as occurrences carrying their `seriesMasterId` (calendarView expands
 * series); a decline sent to the series master's id declines every occurrence the room has not
 * answered on its own (those are exceptions, as in Exchange). Used by the e2e suite (through
 * Playwright's routing) and by the tablet's unit tests (through a local server).
 */

export interface RoomMeeting {
  id: string;
  subject: string;
  start: number;
  end: number;
  /** The room's own answer: "organizer" for what the room booked itself. */
  response: "organizer" | "accepted" | "declined";
  /** The comment the room declined with, sent to the organiser. */
  declineComment?: string;
  /** The series this is an occurrence of; the master itself is not listed by calendarView. */
  seriesMasterId?: string;
}

export interface GraphAnswer {
  status: number;
  body?: unknown;
}

const dateTime = z.strictObject({ dateTime: z.string(), timeZone: z.literal("UTC") });
const createBody = z.strictObject({
  subject: z.string().min(1),
  start: dateTime,
  end: dateTime,
  showAs: z.literal("busy").optional(),
  sensitivity: z.enum(["normal", "private"]).optional(),
  isReminderOn: z.boolean().optional(),
});
const patchBody = z.strictObject({ start: dateTime.optional(), end: dateTime.optional() });
const declineBody = z.strictObject({ comment: z.string().optional(), sendResponse: z.boolean().optional() });

const wire = (ms: number) => new Date(ms).toISOString().replace("Z", "0000");
const instant = (value: { dateTime: string }) => Date.parse(`${value.dateTime.replace(/(\.\d{3})\d*$/, "$1")}Z`);
const error = (status: number, code: string, message: string): GraphAnswer => ({ status, body: { error: { code, message } } });

export function graphRoomCalendar(roomEmail: string, meetings: RoomMeeting[] = []) {
  const calendar = new Map(meetings.map((m) => [m.id, { ...m }]));
  let created = 0;
  const holds = (m: RoomMeeting) => m.response !== "declined";

  function toGraph(m: RoomMeeting): MicrosoftGraph.Event {
    return {
      id: m.id,
      subject: m.subject,
      isAllDay: false,
      isCancelled: false,
      sensitivity: "normal",
      showAs: "busy",
      responseStatus: { response: m.response, time: "2026-11-23T08:00:00Z" },
      start: { dateTime: wire(m.start), timeZone: "UTC" },
      end: { dateTime: wire(m.end), timeZone: "UTC" },
      ...(m.seriesMasterId ? { type: "occurrence", seriesMasterId: m.seriesMasterId } : { type: "singleInstance" }),
    };
  }

  /** One request, as Graph answers it. `path` is what follows `/v1.0`. */
  function answer(method: string, path: string, query: URLSearchParams, body: unknown): GraphAnswer {
    const user = `/users/${encodeURIComponent(roomEmail)}`;
    if (!path.startsWith(`${user}/`)) return error(404, "ErrorInvalidUser", `The requested user '${decodeURIComponent(path.split("/")[2] ?? "")}' is invalid.`);
    const rest = path.slice(user.length);
    if (method === "GET" && rest === "/calendarView") {
      const from = Date.parse(query.get("startDateTime") ?? "");
      const to = Date.parse(query.get("endDateTime") ?? "");
      if (Number.isNaN(from) || Number.isNaN(to)) return error(400, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
      const value = [...calendar.values()].filter((m) => m.end > from && m.start < to).sort((a, b) => a.start - b.start).map(toGraph);
      return { status: 200, body: { value } };
    }
    if (method === "POST" && rest === "/calendar/events") {
      const parsed = createBody.safeParse(body);
      if (!parsed.success) return error(400, "RequestBodyRead", "The request body is not an event Graph can create.");
      const start = instant(parsed.data.start);
      const end = instant(parsed.data.end);
      const conflict = [...calendar.values()].some((m) => holds(m) && m.start < end && m.end > start);
      const meeting: RoomMeeting = { id: `AAMkAGRvb20tYm9va2luZy${++created}=`, subject: parsed.data.subject, start, end, response: conflict ? "declined" : "organizer" };
      calendar.set(meeting.id, meeting);
      return { status: 201, body: toGraph(meeting) };
    }
    const match = /^\/events\/([^/]+)(\/decline)?$/.exec(rest);
    if (!match) return error(400, "BadRequest", `Resource not found for the segment '${rest.split("/")[1] ?? ""}'.`);
    const occurrences = [...calendar.values()].filter((m) => m.seriesMasterId === decodeURIComponent(match[1]!));
    if (occurrences.length > 0 && match[2] && method === "POST") {
      const parsed = declineBody.safeParse(body);
      if (!parsed.success) return error(400, "RequestBodyRead", "The request body is not a decline Graph can read.");
      for (const occurrence of occurrences.filter((m) => m.response !== "declined")) Object.assign(occurrence, { response: "declined", declineComment: parsed.data.comment });
      return { status: 202 };
    }
    const meeting = calendar.get(decodeURIComponent(match[1]!));
    if (!meeting) return error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    if (match[2] && method === "POST") {
      const parsed = declineBody.safeParse(body);
      if (!parsed.success) return error(400, "RequestBodyRead", "The request body is not a decline Graph can read.");
      meeting.response = "declined";
      meeting.declineComment = parsed.data.comment;
      return { status: 202 };
    }
    if (!match[2] && method === "PATCH") {
      const parsed = patchBody.safeParse(body);
      if (!parsed.success) return error(400, "RequestBodyRead", "The request body is not an event change Graph can read.");
      if (parsed.data.start) meeting.start = instant(parsed.data.start);
      if (parsed.data.end) meeting.end = instant(parsed.data.end);
      return { status: 200, body: toGraph(meeting) };
    }
    if (!match[2] && method === "DELETE") {
      calendar.delete(meeting.id);
      return { status: 204 };
    }
    return error(405, "ErrorInvalidRequest", "The OData request is not supported.");
  }

  return {
    answer,
    meetings: () => [...calendar.values()],
    add: (m: RoomMeeting) => void calendar.set(m.id, { ...m }),
  };
}
