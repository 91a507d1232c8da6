import { afterEach, describe, expect, it } from "vitest";
import { googleRoomCalendar, type GoogleRoomMeeting } from "@/e2e/google-room-calendar";
import { graphRoomCalendar, type RoomMeeting } from "@/e2e/graph-room-calendar";
import { seriesReleaseComment } from "../_i18n";
import { googleCalendarSource } from "./google-calendar";
import { microsoftGraphSource } from "./microsoft-graph";
import { startProviderStandin } from "./provider-standin.test-helper";

// Issue 11, no-show series: an occurrence says which series it belongs to, and the room declines
// the whole series by that id, so its future occurrences stop holding the room and the organiser
// is told, in the organisation's language.

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const H = 3600_000;
const MONDAY_9 = Date.UTC(2026, 10, 23, 8);
const range = { from: MONDAY_9 - 24 * H, to: MONDAY_9 + 8 * 24 * H };
const comment = seriesReleaseComment("fr", 3);

describe("releasing a series through Microsoft Graph", () => {
  const ROOM = "atlas@acme.test";
  const occurrence = (day: number, response: RoomMeeting["response"] = "accepted"): RoomMeeting => ({
    id: `AAMkAGoccurrence${day}=`, subject: "Stand-up", start: MONDAY_9 + day * 24 * H, end: MONDAY_9 + day * 24 * H + H / 2, response, seriesMasterId: "AAMkAGseriesmaster=",
  });

  async function graph(meetings: RoomMeeting[]) {
    const calendar = graphRoomCalendar(ROOM, meetings);
    const standin = await startProviderStandin([(url, request) => calendar.answer(request.method, url.pathname.replace(/^\/v1\.0/, ""), url.searchParams, request.body) as { status: number; body: unknown }]);
    close = standin.close;
    return { calendar, standin, source: microsoftGraphSource({ roomEmail: ROOM, getAccessToken: async () => "device-token", baseUrl: `${standin.origin}/v1.0` }) };
  }

  it("reads each occurrence's seriesMasterId, and declines the series master with the comment, sendResponse true", async () => {
    const { calendar, standin, source } = await graph([occurrence(0, "declined"), occurrence(1), occurrence(2)]);
    const events = await source.events(range);
    expect(standin.requests[0]!.url.searchParams.get("$select")).toContain("seriesMasterId");
    expect(events.map((e) => e.seriesId)).toEqual(["AAMkAGseriesmaster=", "AAMkAGseriesmaster=", "AAMkAGseriesmaster="]);

    await source.writes.decline(events[0]!.seriesId!, comment);
    const decline = standin.requests[1]!;
    expect(decline.method).toBe("POST");
    expect(decline.url.pathname).toBe("/v1.0/users/atlas%40acme.test/events/AAMkAGseriesmaster%3D/decline");
    expect(decline.headers.authorization).toBe("Bearer device-token");
    expect(decline.body).toEqual({ comment, sendResponse: true });
    expect(calendar.meetings().map((m) => [m.response, m.declineComment])).toEqual([["declined", undefined], ["declined", comment], ["declined", comment]]);
    expect((await source.events(range)).map((e) => e.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
  });

  it("leaves a single meeting without a series", async () => {
    const { source } = await graph([{ id: "AAMksingle=", subject: "Interview", start: MONDAY_9, end: MONDAY_9 + H, response: "accepted" }]);
    expect((await source.events(range))[0]).not.toHaveProperty("seriesId");
  });
});

describe("releasing a series through Google Calendar", () => {
  const CALENDAR = "c_188abc@resource.calendar.google.com";
  const guests = [{ email: "ada@acme.test", organizer: true, responseStatus: "accepted" }, { email: "bob@acme.test", responseStatus: "needsAction" }];
  const instance = (day: number, responseStatus: "accepted" | "declined" = "accepted"): GoogleRoomMeeting => ({
    id: `standup_20261123T080000Z_${day}`, summary: "Stand-up", start: MONDAY_9 + day * 24 * H, end: MONDAY_9 + day * 24 * H + H / 2, guests, room: { responseStatus }, version: 1, recurringEventId: "standup",
  });

  it("reads each instance's recurringEventId, and declines the recurring event: read with its etag, patch with If-Match, sendUpdates=all, every guest kept", async () => {
    const calendar = googleRoomCalendar(CALENDAR, [instance(0, "declined"), instance(1), instance(2)]);
    const standin = await startProviderStandin([
      (url, request) => {
        const ifMatch = request.headers["if-match"];
        return calendar.answer(request.method, url.pathname.replace(/^\/calendar\/v3/, ""), url.searchParams, request.body, { "if-match": Array.isArray(ifMatch) ? ifMatch[0] : ifMatch }) as { status: number; body: unknown };
      },
    ]);
    close = standin.close;
    const source = googleCalendarSource({ calendarId: CALENDAR, timeZone: "Europe/Paris", getAccessToken: async () => "device-token", baseUrl: `${standin.origin}/calendar/v3` });
    const events = await source.events(range);
    expect(standin.requests[0]!.url.searchParams.get("fields")).toContain("recurringEventId");
    expect(events.map((e) => e.seriesId)).toEqual(["standup", "standup", "standup"]);

    await source.writes.decline("standup", comment);
    const [, read, patch] = standin.requests;
    const series = `/calendar/v3/calendars/${encodeURIComponent(CALENDAR)}/events/standup`;
    expect(read).toMatchObject({ method: "GET" });
    expect(read!.url.pathname).toBe(series);
    expect(read!.url.searchParams.get("fields")).toBe("etag,attendees");
    expect(patch!.method).toBe("PATCH");
    expect(patch!.url.pathname).toBe(series);
    expect(patch!.url.searchParams.get("sendUpdates")).toBe("all");
    expect(patch!.headers["if-match"]).toBe('"s1"');
    expect(patch!.body).toEqual({ attendees: [...guests, { email: CALENDAR, self: true, resource: true, responseStatus: "declined", comment }] });
    expect(calendar.meetings().map((m) => m.room)).toEqual([{ responseStatus: "declined" }, { responseStatus: "declined", comment }, { responseStatus: "declined", comment }]);
    expect(calendar.meetings()[1]!.guests).toEqual(guests);
    expect((await source.events(range)).map((e) => e.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
  });
});
