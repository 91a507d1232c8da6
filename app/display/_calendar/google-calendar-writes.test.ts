/// <reference types="@maxim_mazurok/gapi.client.calendar-v3" />
import { afterEach, describe, expect, it } from "vitest";
import { googleCalendarSource } from "./google-calendar";
import { googleError, startProviderStandin, type StandinAnswer } from "./provider-standin.test-helper";
import { CalendarError } from "./types";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const start = Date.UTC(2026, 10, 23, 9, 5);
const end = Date.UTC(2026, 10, 23, 9, 35);
const room = "c_188abc@resource.calendar.google.com";

async function writesAgainst(answers: StandinAnswer[]) {
  const standin = await startProviderStandin(answers.map((a) => () => a));
  close = standin.close;
  const source = googleCalendarSource({ calendarId: room, timeZone: "Europe/Paris", getAccessToken: async () => "device-token", baseUrl: `${standin.origin}/calendar/v3` });
  return { standin, writes: source.writes };
}

const created: gapi.client.calendar.Event = { kind: "calendar#event", id: "bk5f0a1", status: "confirmed", summary: "Booked at the room display", start: { dateTime: "2026-11-23T10:05:00+01:00" }, end: { dateTime: "2026-11-23T10:35:00+01:00" } };
const events = `/calendar/v3/calendars/${encodeURIComponent(room)}/events`;

describe("googleCalendarSource writes", () => {
  it("books with events.insert: summary, start and end as instants, opaque, with the device's token", async () => {
    const { standin, writes } = await writesAgainst([{ status: 200, body: created }]);
    expect(await writes.book({ start, end, subject: "Réservée depuis l’écran de la salle" })).toBe("bk5f0a1");
    const [request] = standin.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url.pathname).toBe(events);
    expect(request!.headers.authorization).toBe("Bearer device-token");
    expect(request!.body).toEqual({
      summary: "Réservée depuis l’écran de la salle",
      start: { dateTime: "2026-11-23T09:05:00.000Z" },
      end: { dateTime: "2026-11-23T09:35:00.000Z" },
      transparency: "opaque",
      visibility: "default",
    });
  });

  it("extends or ends with events.patch of the end alone", async () => {
    const { standin, writes } = await writesAgainst([{ status: 200, body: created }]);
    await writes.setEnd("bk5f0a1", Date.UTC(2026, 10, 23, 9, 20));
    expect(standin.requests[0]).toMatchObject({ method: "PATCH", body: { end: { dateTime: "2026-11-23T09:20:00.000Z" } } });
    expect(standin.requests[0]!.url.pathname).toBe(`${events}/bk5f0a1`);
  });

  it("declines by patching the room's own attendee entry, keeping every other attendee, with its etag and sendUpdates=all", async () => {
    const attendees: gapi.client.calendar.EventAttendee[] = [
      { email: "ada@acme.test", organizer: true, responseStatus: "accepted" },
      { email: "bob@acme.test", displayName: "Bob", optional: true, responseStatus: "needsAction" },
      { email: room, self: true, resource: true, responseStatus: "accepted" },
    ];
    const { standin, writes } = await writesAgainst([{ status: 200, body: { etag: '"3381014022188000"', attendees } }, { status: 200, body: created }]);
    await writes.decline("m1", "Personne n’a confirmé sa présence : la salle a été libérée.");
    const [read, patch] = standin.requests;
    expect(read!.method).toBe("GET");
    expect(read!.url.pathname).toBe(`${events}/m1`);
    expect(read!.url.searchParams.get("fields")).toBe("etag,attendees");
    expect(patch!.method).toBe("PATCH");
    expect(patch!.url.searchParams.get("sendUpdates")).toBe("all");
    expect(patch!.headers["if-match"]).toBe('"3381014022188000"');
    expect(patch!.body).toEqual({
      attendees: [attendees[0], attendees[1], { ...attendees[2], responseStatus: "declined", comment: "Personne n’a confirmé sa présence : la salle a été libérée." }],
    });
  });

  it("cannot decline a meeting the room is not invited to, and says so instead of writing", async () => {
    const { standin, writes } = await writesAgainst([{ status: 200, body: { etag: '"1"' } }]);
    expect(await writes.decline("own", "x").catch((e: unknown) => e)).toMatchObject({ reason: "forbidden" });
    expect(standin.requests).toHaveLength(1);
  });

  it("turns a list changed since it was read (412 conditionNotMet) and a read-only token (403 insufficientPermissions) into refusals", async () => {
    const changed = await writesAgainst([{ status: 200, body: { etag: '"1"', attendees: [{ self: true, responseStatus: "accepted" }] } }, googleError(412, "FAILED_PRECONDITION", "conditionNotMet", "Precondition Failed")]);
    expect(await changed.writes.decline("m1", "x").catch((e: unknown) => e)).toMatchObject({ status: 412 });
    await close?.();
    const denied = await writesAgainst([googleError(403, "PERMISSION_DENIED", "insufficientPermissions", "Request had insufficient authentication scopes.")]);
    const refusal = await denied.writes.book({ start, end, subject: "x" }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CalendarError);
    expect(refusal).toMatchObject({ reason: "forbidden", message: "no permission to change this room's calendar" });
  });

  it("takes a booking back with events.delete (204)", async () => {
    const { standin, writes } = await writesAgainst([{ status: 204, body: undefined }]);
    await writes.remove("bk5f0a1");
    expect(standin.requests[0]).toMatchObject({ method: "DELETE" });
  });
});
