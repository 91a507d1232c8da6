/// <reference types="@maxim_mazurok/gapi.client.calendar-v3" />
import { afterEach, describe, expect, it } from "vitest";
import { calendarErrorText } from "./error-text";
import { GOOGLE_FIELDS, GOOGLE_MAX_PAGES, googleCalendarSource } from "./google-calendar";
import { occupancyAt } from "@/workers/domain/occupancy";
import { googleError, startProviderStandin, type StandinAnswer } from "./provider-standin.test-helper";
import { CalendarError, type CalendarEvent } from "./types";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const range = { from: Date.UTC(2026, 10, 23, 0, 0), to: Date.UTC(2026, 10, 24, 0, 0) };

// Fixtures are the official Calendar v3 types: a page Google could not send does not compile.
type EventsPage = gapi.client.calendar.Events;
type GoogleEvent = gapi.client.calendar.Event;
const ok = (page: EventsPage): StandinAnswer => ({ status: 200, body: page });

function meeting(id: string, start: string, end: string, more: GoogleEvent = {}): GoogleEvent {
  return { id, summary: id, status: "confirmed", visibility: "public", start: { dateTime: start }, end: { dateTime: end }, ...more };
}

async function read(pages: StandinAnswer[], options: { timeZone?: string; now?: () => number; defaultVisibility?: "private" | "public" } = {}) {
  const standin = await startProviderStandin(pages.map((p) => () => p));
  close = standin.close;
  const source = googleCalendarSource({ calendarId: "atlas@acme.test", timeZone: "Europe/Paris", getAccessToken: async () => "t", baseUrl: standin.origin, ...options });
  return { standin, result: await source.events(range).catch((e: unknown) => e) };
}

async function readEvents(pages: StandinAnswer[], options: { timeZone?: string; defaultVisibility?: "private" | "public" } = {}): Promise<CalendarEvent[]> {
  const { result } = await read(pages, options);
  if (result instanceof Error) throw result;
  return result as CalendarEvent[];
}

const page1: EventsPage = {
  kind: "calendar#events",
  summary: "Atlas",
  timeZone: "Europe/Paris",
  accessRole: "reader",
  nextPageToken: "CigKGjRxY2VnZjNvdGE",
  items: [
    meeting("4qcegf3ota", "2026-11-23T09:00:00+01:00", "2026-11-23T10:00:00+01:00", { summary: "Weekly planning", start: { dateTime: "2026-11-23T09:00:00+01:00", timeZone: "Europe/Paris" } }),
    meeting("private1", "2026-11-23T13:00:00+01:00", "2026-11-23T13:45:00+01:00", { summary: "Doctor", visibility: "private" }),
  ],
};
const page2: EventsPage = {
  items: [
    { id: "allday", summary: "Offsite", status: "confirmed", transparency: "transparent", start: { date: "2026-11-23" }, end: { date: "2026-11-24" } },
    { id: "gone", status: "cancelled", start: { dateTime: "2026-11-23T16:00:00+01:00" }, end: { dateTime: "2026-11-23T16:30:00+01:00" } },
  ],
};

describe("googleCalendarSource", () => {
  it("lists single events with only the panel's fields and the room's own answer, and pages through", async () => {
    const standin = await startProviderStandin([() => ok(page1), () => ok(page2)]);
    close = standin.close;
    const source = googleCalendarSource({ calendarId: "atlas@acme.test", timeZone: "Europe/Paris", getAccessToken: async () => "device-token", baseUrl: standin.origin });
    const events = await source.events(range);

    const [first, second] = standin.requests;
    expect(first!.url.pathname).toBe("/calendars/atlas%40acme.test/events");
    expect(first!.url.searchParams.get("fields")).toBe(GOOGLE_FIELDS);
    expect(GOOGLE_FIELDS).toContain("attendees(self,resource,responseStatus)");
    expect(GOOGLE_FIELDS).not.toMatch(/email|displayName|organizer|description|location/);
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

  it("reads all-day dates in the calendar's own zone from the list, not the configured one", async () => {
    const [day] = await readEvents([ok({ timeZone: "Asia/Tokyo", items: [{ id: "day", summary: "Board day", start: { date: "2026-11-23" }, end: { date: "2026-11-24" } }] })], { timeZone: "Europe/Paris" });
    expect(day).toMatchObject({ allDay: true, start: Date.UTC(2026, 10, 22, 15), end: Date.UTC(2026, 10, 23, 15) });
  });

  it("takes visibility 'default' as private unless the organisation says its room calendars default to public", async () => {
    const page = ok({ items: [{ ...meeting("a", "2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z"), visibility: "default" }, { ...meeting("b", "2026-11-23T11:00:00Z", "2026-11-23T12:00:00Z"), visibility: undefined }, meeting("c", "2026-11-23T13:00:00Z", "2026-11-23T14:00:00Z", { visibility: "confidential" })] });
    expect((await readEvents([page])).map((e) => e.isPrivate)).toEqual([true, true, true]);
    expect((await readEvents([page], { defaultVisibility: "public" })).map((e) => e.isPrivate)).toEqual([false, false, true]);
  });

  it("frees the room when the room itself declined, whether marked self or the only resource", async () => {
    const at = Date.UTC(2026, 10, 23, 9, 30);
    const slot = (id: string, attendees: gapi.client.calendar.EventAttendee[]) => meeting(id, "2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z", { attendees });
    const events = await readEvents([
      ok({
        items: [
          slot("self-declined", [{ responseStatus: "accepted" }, { self: true, resource: true, responseStatus: "declined" }]),
          slot("resource-declined", [{ responseStatus: "accepted" }, { resource: true, responseStatus: "declined" }]),
          // Another room declined; ours (self) accepted: still booked.
          slot("other-room-declined", [{ self: true, resource: true, responseStatus: "accepted" }, { resource: true, responseStatus: "declined" }]),
          slot("person-declined", [{ responseStatus: "declined" }, { self: true, resource: true, responseStatus: "needsAction" }]),
          slot("room-tentative", [{ self: true, resource: true, responseStatus: "tentative" }]),
        ],
      }),
    ]);
    const byId = new Map(events.map((e) => [e.id, e]));
    const holds = (id: string) => occupancyAt([byId.get(id)!], at).occupied;
    expect([holds("self-declined"), holds("resource-declined")]).toEqual([false, false]);
    expect([holds("other-room-declined"), holds("person-declined"), holds("room-tentative")]).toEqual([true, true, true]);
    expect(byId.get("room-tentative")).toMatchObject({ status: "tentative", showAs: "tentative" });
  });

  it("reads cancelled, free, tentative, working-location and out-of-office events as they hold the room", async () => {
    const at = Date.UTC(2026, 10, 23, 9, 30);
    const slot = (id: string, more: GoogleEvent) => meeting(id, "2026-11-23T10:00:00+01:00", "2026-11-23T11:00:00+01:00", more);
    const events = await readEvents([
      ok({
        items: [
          slot("cancelled", { status: "cancelled" }),
          slot("transparent", { transparency: "transparent" }),
          slot("working", { eventType: "workingLocation", transparency: "opaque" }),
          slot("tentative", { status: "tentative" }),
          slot("closed", { eventType: "outOfOffice" }),
        ],
      }),
    ]);
    const held = events.filter((e) => occupancyAt([e], at).occupied).map((e) => e.id);
    expect(held).toEqual(["tentative", "closed"]);
    expect(events.find((e) => e.id === "working")).toMatchObject({ showAs: "workingElsewhere" });
    expect(events.find((e) => e.id === "closed")).toMatchObject({ showAs: "oof" });
  });

  it("reads expanded recurring instances, a moved one, one crossing midnight and the clock change; skips a bare cancelled instance", async () => {
    const series = { recurringEventId: "weekly", start: undefined };
    const events = await readEvents([
      ok({
        timeZone: "Europe/Paris",
        items: [
          meeting("weekly_20261123T080000Z", "2026-11-23T09:00:00+01:00", "2026-11-23T09:30:00+01:00", { recurringEventId: "weekly", originalStartTime: { dateTime: "2026-11-23T09:00:00+01:00", timeZone: "Europe/Paris" } }),
          meeting("weekly_20261124T080000Z", "2026-11-24T15:00:00+01:00", "2026-11-24T15:30:00+01:00", { recurringEventId: "weekly", originalStartTime: { dateTime: "2026-11-24T09:00:00+01:00" } }),
          // A cancelled instance: only id, recurringEventId, originalStartTime and status are promised.
          { ...series, id: "weekly_20261125T080000Z", status: "cancelled", originalStartTime: { dateTime: "2026-11-25T09:00:00+01:00" } },
          meeting("night", "2026-11-23T23:00:00+01:00", "2026-11-24T01:00:00+01:00"),
          // Without an offset, the time is read in its own zone: 01:30 summer time to 03:30 winter time.
          meeting("dst", "2026-10-25T01:30:00", "2026-10-25T03:30:00", { start: { dateTime: "2026-10-25T01:30:00", timeZone: "Europe/Paris" }, end: { dateTime: "2026-10-25T03:30:00", timeZone: "Europe/Paris" } }),
        ],
      }),
    ]);
    expect(events.map((e) => e.id)).toEqual(["weekly_20261123T080000Z", "weekly_20261124T080000Z", "night", "dst"]);
    expect(occupancyAt(events, Date.UTC(2026, 10, 24, 8, 10)).occupied).toBe(false); // the moved one's original slot
    expect(occupancyAt(events, Date.UTC(2026, 10, 23, 23, 30)).current).toMatchObject({ id: "night" });
    const dst = events.find((e) => e.id === "dst")!;
    expect(dst.end - dst.start).toBe(3 * 3600_000);
  });

  it("follows nextPageToken to a documented cap and fails loudly past it", async () => {
    const { standin, result } = await read([ok({ nextPageToken: "more", items: [meeting("m", "2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z")] })]);
    expect(standin.requests).toHaveLength(GOOGLE_MAX_PAGES);
    expect(result).toBeInstanceOf(CalendarError);
    expect(result).toMatchObject({ reason: "too_many_events" });
    expect(calendarErrorText(result, "en")).toContain("more than 1,000 events");
  });

  it("turns 429, 503 and 403 rateLimitExceeded into 'wait', with Retry-After when Google gives one", async () => {
    const { result: tooMany } = await read([googleError(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded", "Rate Limit Exceeded", { domain: "usageLimits", headers: { "retry-after": "120" } })]);
    expect(tooMany).toMatchObject({ status: 429, reason: "rate_limited", retryAfterMs: 120_000 });

    const { result: quota } = await read([googleError(403, "PERMISSION_DENIED", "userRateLimitExceeded", "User Rate Limit Exceeded", { domain: "usageLimits" })]);
    expect(quota).toMatchObject({ status: 403, reason: "rate_limited", retryAfterMs: undefined });

    const now = Date.UTC(2026, 10, 23, 8, 0, 0);
    const { result: backend } = await read([googleError(503, "UNAVAILABLE", "backendError", "Backend Error", { headers: { "retry-after": "Mon, 23 Nov 2026 08:10:00 GMT" } })], { now: () => now });
    expect(backend).toMatchObject({ status: 503, reason: "rate_limited", retryAfterMs: 10 * 60_000 });

    const { result: denied } = await read([googleError(403, "PERMISSION_DENIED", "forbidden", "Forbidden")]);
    expect(denied).toMatchObject({ status: 403, reason: "forbidden" });
    expect(calendarErrorText(denied, "fr")).toContain("n’a pas le droit de lire le calendrier de la salle");
  });

  it("turns Google's 401 into 'needs sign-in again'", async () => {
    const { result: failure } = await read([googleError(401, "UNAUTHENTICATED", "authError", "Request had invalid authentication credentials.")]);
    expect(failure).toBeInstanceOf(CalendarError);
    expect(failure).toMatchObject({ status: 401, reason: "sign_in" });
  });
});
