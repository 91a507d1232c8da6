/// <reference types="@maxim_mazurok/gapi.client.calendar-v3" />
import { z } from "zod";

/**
 * A room's resource calendar as Calendar v3 serves it, for the tablet's reads and writes:
 * `events.list`, `events.get` (the decline reads the attendees and etag first), `events.insert`,
 * `events.patch` (honouring `If-Match`: a stale etag is 412 `conditionNotMet`) and `events.delete`.
 * Bodies are checked against what those methods take; anything else is Google's 400 `badRequest`,
 * a gone event 404 `notFound`, all in Google's error envelope.
 *
 * The room declines conflicts, as a Workspace resource calendar does: a booking that overlaps a
 * meeting holding the room is written with the room's own entry `declined`, so it never holds it.
 *
 * A recurring event comes as instances carrying its `recurringEventId` (events.list with
 * `singleEvents`); the recurring event itself can be read and patched by that id, with an etag of
 * its own, and a change to its attendees reaches every instance not changed on its own (those are
 * exceptions, as in Google Calendar: here, the ones the room already declined).
 */

export interface GoogleRoomMeeting {
  id: string;
  summary: string;
  start: number;
  end: number;
  /** Everyone invited but the room, as Google keeps them (addresses included). */
  guests: gapi.client.calendar.EventAttendee[];
  /** The room's own answer, and the comment it declined with. */
  room: { responseStatus: "accepted" | "declined"; comment?: string };
  version: number;
  /** The recurring event this is an instance of. */
  recurringEventId?: string;
}

const dateTime = z.strictObject({ dateTime: z.string() });
const insertBody = z.strictObject({ summary: z.string().min(1), start: dateTime, end: dateTime, transparency: z.enum(["opaque", "transparent"]).optional(), visibility: z.string().optional() });
const attendee = z.object({ email: z.string().optional(), self: z.boolean().optional(), resource: z.boolean().optional(), responseStatus: z.string(), comment: z.string().optional() }).loose();
const patchBody = z.strictObject({ end: dateTime.optional(), attendees: z.array(attendee).optional() });

const failure = (code: number, status: string, reason: string, message: string) => ({ status: code, body: { error: { code, message, errors: [{ domain: "global", reason, message }], status } } });

export function googleRoomCalendar(calendarId: string, meetings: GoogleRoomMeeting[] = []) {
  const calendar = new Map(meetings.map((m) => [m.id, structuredClone(m)]));
  let created = 0;
  const etag = (m: GoogleRoomMeeting) => `"${m.version}"`;
  const roomEntry = (m: GoogleRoomMeeting): gapi.client.calendar.EventAttendee => ({ email: calendarId, self: true, resource: true, ...m.room });
  const toGoogle = (m: GoogleRoomMeeting): gapi.client.calendar.Event => ({
    kind: "calendar#event",
    etag: etag(m),
    id: m.id,
    status: "confirmed",
    summary: m.summary,
    visibility: "public",
    start: { dateTime: new Date(m.start).toISOString() },
    end: { dateTime: new Date(m.end).toISOString() },
    attendees: [...m.guests, roomEntry(m)],
    ...(m.recurringEventId ? { recurringEventId: m.recurringEventId } : {}),
  });
  const seriesVersions = new Map<string, number>();

  /** One request, as Google answers it. `path` is what follows `/calendar/v3`. */
  function answer(method: string, path: string, query: URLSearchParams, body: unknown, headers: Record<string, string | undefined>): { status: number; body?: unknown } {
    const events = `/calendars/${encodeURIComponent(calendarId)}/events`;
    if (!path.startsWith(events)) return failure(404, "NOT_FOUND", "notFound", "Not Found");
    const rest = path.slice(events.length);
    if (rest === "" && method === "GET") {
      const from = Date.parse(query.get("timeMin") ?? "");
      const to = Date.parse(query.get("timeMax") ?? "");
      const items = [...calendar.values()].filter((m) => m.end > from && m.start < to).sort((a, b) => a.start - b.start).map(toGoogle);
      return { status: 200, body: { kind: "calendar#events", timeZone: "Europe/Paris", items } satisfies gapi.client.calendar.Events };
    }
    if (rest === "" && method === "POST") {
      const parsed = insertBody.safeParse(body);
      if (!parsed.success) return failure(400, "INVALID_ARGUMENT", "badRequest", "Bad Request");
      const start = Date.parse(parsed.data.start.dateTime);
      const end = Date.parse(parsed.data.end.dateTime);
      const conflict = [...calendar.values()].some((m) => m.room.responseStatus !== "declined" && m.start < end && m.end > start);
      const meeting: GoogleRoomMeeting = { id: `panelbooking${++created}`, summary: parsed.data.summary, start, end, guests: [], room: { responseStatus: conflict ? "declined" : "accepted" }, version: 1 };
      calendar.set(meeting.id, meeting);
      return { status: 200, body: toGoogle(meeting) };
    }
    const id = decodeURIComponent(rest.slice(1));
    const instances = [...calendar.values()].filter((m) => m.recurringEventId === id);
    if (instances.length > 0) return answerSeries(id, instances, method, body, headers);
    const meeting = calendar.get(id);
    if (!meeting || rest.slice(1).includes("/")) return failure(404, "NOT_FOUND", "notFound", "Not Found");
    if (method === "GET") {
      const event = toGoogle(meeting);
      return { status: 200, body: query.get("fields") === "etag,attendees" ? { etag: event.etag, attendees: event.attendees } : event };
    }
    if (method === "DELETE") {
      calendar.delete(meeting.id);
      return { status: 204 };
    }
    if (method !== "PATCH") return failure(405, "METHOD_NOT_ALLOWED", "methodNotAllowed", "Method Not Allowed");
    if (headers["if-match"] !== undefined && headers["if-match"] !== etag(meeting)) return failure(412, "FAILED_PRECONDITION", "conditionNotMet", "Precondition Failed");
    const parsed = patchBody.safeParse(body);
    if (!parsed.success) return failure(400, "INVALID_ARGUMENT", "badRequest", "Bad Request");
    if (parsed.data.end) meeting.end = Date.parse(parsed.data.end.dateTime);
    if (parsed.data.attendees) {
      const room = parsed.data.attendees.find((a) => a.self === true);
      meeting.guests = parsed.data.attendees.filter((a) => a.self !== true);
      if (room) meeting.room = { responseStatus: room.responseStatus === "declined" ? "declined" : "accepted", comment: room.comment };
    }
    meeting.version++;
    return { status: 200, body: toGoogle(meeting) };
  }

  /** The recurring event itself: its attendees are its first instance's, as the instances inherit them. */
  function answerSeries(id: string, instances: GoogleRoomMeeting[], method: string, body: unknown, headers: Record<string, string | undefined>) {
    const seriesEtag = `"s${seriesVersions.get(id) ?? 1}"`;
    const first = instances[0]!;
    if (method === "GET") return { status: 200, body: { etag: seriesEtag, attendees: [...first.guests, roomEntry({ ...first, room: { responseStatus: "accepted" } })] } };
    if (method !== "PATCH") return failure(405, "METHOD_NOT_ALLOWED", "methodNotAllowed", "Method Not Allowed");
    if (headers["if-match"] !== undefined && headers["if-match"] !== seriesEtag) return failure(412, "FAILED_PRECONDITION", "conditionNotMet", "Precondition Failed");
    const parsed = patchBody.safeParse(body);
    if (!parsed.success || parsed.data.end) return failure(400, "INVALID_ARGUMENT", "badRequest", "Bad Request");
    const room = parsed.data.attendees?.find((a) => a.self === true);
    for (const instance of instances.filter((m) => m.room.responseStatus !== "declined")) {
      instance.guests = (parsed.data.attendees ?? []).filter((a) => a.self !== true);
      if (room) instance.room = { responseStatus: room.responseStatus === "declined" ? "declined" : "accepted", comment: room.comment };
      instance.version++;
    }
    seriesVersions.set(id, (seriesVersions.get(id) ?? 1) + 1);
    return { status: 200, body: { etag: `"s${seriesVersions.get(id)}"` } };
  }

  return { answer, meetings: () => [...calendar.values()], add: (m: GoogleRoomMeeting) => void calendar.set(m.id, structuredClone(m)) };
}
