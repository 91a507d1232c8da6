import { afterEach, describe, expect, it } from "vitest";
import { GRAPH_SELECT, microsoftGraphSource } from "./microsoft-graph";
import { startProviderStandin } from "./provider-standin.test-helper";
import { CalendarError } from "./types";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const range = { from: Date.UTC(2026, 10, 23, 0, 0), to: Date.UTC(2026, 10, 24, 0, 0) };

// Real Graph calendarView shapes (v1.0), including fields we never ask for, as Graph may send them.
const page1 = (origin: string) => ({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('atlas%40acme.test')/calendarView",
  "@odata.nextLink": `${origin}/v1.0/users/atlas%40acme.test/calendarView?$skip=1`,
  value: [
    {
      "@odata.etag": 'W/"ZlnW4RIAV06KYYwlrfNZvQAAKGWwbw=="',
      id: "AAMkAGIAAAoZDOFAAA=",
      subject: "Weekly planning",
      isAllDay: false,
      isCancelled: false,
      sensitivity: "normal",
      showAs: "busy",
      responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
      start: { dateTime: "2026-11-23T08:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-11-23T09:00:00.0000000", timeZone: "UTC" },
    },
    {
      id: "AAMkAGIAAAoZDOFAAB=",
      subject: "Doctor",
      isAllDay: false,
      isCancelled: false,
      sensitivity: "private",
      showAs: "busy",
      responseStatus: { response: "accepted", time: "2026-11-20T10:00:00Z" },
      start: { dateTime: "2026-11-23T12:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-11-23T12:45:00.0000000", timeZone: "UTC" },
    },
  ],
});
const page2 = {
  value: [
    {
      id: "AAMkAGIAAAoZDOFAAC=",
      subject: "Supplier call",
      isAllDay: false,
      isCancelled: true,
      sensitivity: "normal",
      showAs: "tentative",
      start: { dateTime: "2026-11-23T10:30:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-11-23T11:00:00.0000000", timeZone: "UTC" },
    },
  ],
};

describe("microsoftGraphSource", () => {
  it("asks calendarView for only the panel's fields, in UTC, with the device's token, and follows nextLink", async () => {
    let origin = "";
    const standin = await startProviderStandin([() => ({ status: 200, body: page1(origin) }), () => ({ status: 200, body: page2 })]);
    origin = standin.origin;
    close = standin.close;
    const source = microsoftGraphSource({ roomEmail: "atlas@acme.test", getAccessToken: async () => "device-token", baseUrl: `${origin}/v1.0` });
    const events = await source.events(range);

    const [first, second] = standin.requests;
    expect(first!.url.pathname).toBe("/v1.0/users/atlas%40acme.test/calendarView");
    expect(first!.url.searchParams.get("$select")).toBe(GRAPH_SELECT);
    expect(GRAPH_SELECT).not.toMatch(/attendees|organizer|body|location/);
    expect(first!.url.searchParams.get("startDateTime")).toBe("2026-11-23T00:00:00.000Z");
    expect(first!.headers.authorization).toBe("Bearer device-token");
    expect(first!.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(second!.url.searchParams.get("$skip")).toBe("1");

    expect(events).toHaveLength(3);
    expect(events[0]).toEqual({ id: "AAMkAGIAAAoZDOFAAA=", start: Date.UTC(2026, 10, 23, 8), end: Date.UTC(2026, 10, 23, 9), allDay: false, subject: "Weekly planning", isPrivate: false, status: "confirmed", showAs: "busy" });
    expect(events[1]).toMatchObject({ isPrivate: true });
    expect(events[2]).toMatchObject({ status: "cancelled" });
  });

  it("reads times Graph gives in a named zone", async () => {
    const standin = await startProviderStandin([
      () => ({ status: 200, body: { value: [{ id: "x", subject: "Paris time", start: { dateTime: "2026-11-23T09:00:00.0000000", timeZone: "Europe/Paris" }, end: { dateTime: "2026-11-23T10:00:00.0000000", timeZone: "Europe/Paris" } }] } }),
    ]);
    close = standin.close;
    const [event] = await microsoftGraphSource({ roomEmail: "a@b.test", getAccessToken: async () => "t", baseUrl: standin.origin }).events(range);
    expect(event!.start).toBe(Date.UTC(2026, 10, 23, 8));
  });

  it("turns Graph's 401 into 'needs sign-in again'", async () => {
    const standin = await startProviderStandin([
      () => ({ status: 401, body: { error: { code: "InvalidAuthenticationToken", message: "Access token has expired or is not yet valid.", innerError: { date: "2026-11-23T08:00:00", "request-id": "x" } } } }),
    ]);
    close = standin.close;
    const failure = await microsoftGraphSource({ roomEmail: "a@b.test", getAccessToken: async () => "t", baseUrl: standin.origin }).events(range).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CalendarError);
    expect(failure).toMatchObject({ status: 401, message: "needs sign-in again" });
  });
});
