import { afterEach, describe, expect, it } from "vitest";
import { GOOGLE_FIELDS, googleCalendarSource } from "./google-calendar";
import { startProviderStandin } from "./provider-standin.test-helper";
import { CalendarError } from "./types";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const range = { from: Date.UTC(2026, 10, 23, 0, 0), to: Date.UTC(2026, 10, 24, 0, 0) };

// Real events.list shapes (Calendar API v3, partial response).
const page1 = {
  nextPageToken: "CigKGjRxY2VnZjNvdGE",
  items: [
    { id: "4qcegf3ota", summary: "Weekly planning", status: "confirmed", start: { dateTime: "2026-11-23T09:00:00+01:00", timeZone: "Europe/Paris" }, end: { dateTime: "2026-11-23T10:00:00+01:00", timeZone: "Europe/Paris" } },
    { id: "private1", summary: "Doctor", status: "confirmed", visibility: "private", start: { dateTime: "2026-11-23T13:00:00+01:00" }, end: { dateTime: "2026-11-23T13:45:00+01:00" } },
  ],
};
const page2 = {
  items: [
    { id: "allday", summary: "Offsite", status: "confirmed", transparency: "transparent", start: { date: "2026-11-23" }, end: { date: "2026-11-24" } },
    { id: "gone", status: "cancelled", start: { dateTime: "2026-11-23T16:00:00+01:00" }, end: { dateTime: "2026-11-23T16:30:00+01:00" } },
  ],
};

describe("googleCalendarSource", () => {
  it("lists single events with only the panel's fields, pages through, and reads all-day dates in the room's zone", async () => {
    const standin = await startProviderStandin([() => ({ status: 200, body: page1 }), () => ({ status: 200, body: page2 })]);
    close = standin.close;
    const source = googleCalendarSource({ calendarId: "atlas@acme.test", timeZone: "Europe/Paris", getAccessToken: async () => "device-token", baseUrl: standin.origin });
    const events = await source.events(range);

    const [first, second] = standin.requests;
    expect(first!.url.pathname).toBe("/calendars/atlas%40acme.test/events");
    expect(first!.url.searchParams.get("fields")).toBe(GOOGLE_FIELDS);
    expect(GOOGLE_FIELDS).not.toMatch(/attendees|organizer|description|location/);
    expect(first!.url.searchParams.get("singleEvents")).toBe("true");
    expect(first!.url.searchParams.get("timeMin")).toBe("2026-11-23T00:00:00.000Z");
    expect(first!.headers.authorization).toBe("Bearer device-token");
    expect(second!.url.searchParams.get("pageToken")).toBe("CigKGjRxY2VnZjNvdGE");

    expect(events.map((e) => e.id)).toEqual(["4qcegf3ota", "private1", "allday", "gone"]);
    expect(events[0]).toMatchObject({ start: Date.UTC(2026, 10, 23, 8), subject: "Weekly planning", isPrivate: false, showAs: "busy" });
    expect(events[1]).toMatchObject({ isPrivate: true });
    expect(events[2]).toMatchObject({ allDay: true, showAs: "free", start: Date.UTC(2026, 10, 22, 23), end: Date.UTC(2026, 10, 23, 23) });
    expect(events[3]).toMatchObject({ status: "cancelled", subject: null });
  });

  it("turns Google's 401 into 'needs sign-in again'", async () => {
    const standin = await startProviderStandin([
      () => ({ status: 401, body: { error: { code: 401, message: "Request had invalid authentication credentials.", errors: [{ message: "Invalid Credentials", domain: "global", reason: "authError" }], status: "UNAUTHENTICATED" } } }),
    ]);
    close = standin.close;
    const failure = await googleCalendarSource({ calendarId: "a@b.test", timeZone: "UTC", getAccessToken: async () => "t", baseUrl: standin.origin }).events(range).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CalendarError);
    expect(failure).toMatchObject({ status: 401 });
  });
});
