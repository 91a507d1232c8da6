import type * as MicrosoftGraph from "@microsoft/microsoft-graph-types";
import { afterEach, describe, expect, it } from "vitest";
import { calendarErrorText } from "./error-text";
import { GRAPH_MAX_PAGES, GRAPH_SELECT, microsoftGraphSource } from "./microsoft-graph";
import { occupancyAt } from "@/workers/domain/occupancy";
import { graphError, startProviderStandin, type StandinAnswer } from "./provider-standin.test-helper";
import { CalendarError, type CalendarEvent } from "./types";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const range = { from: Date.UTC(2026, 10, 23, 0, 0), to: Date.UTC(2026, 10, 24, 0, 0) };

// What calendarView sends (v1.0): the official event type, plus the OData annotations Graph adds
// to every item and page. A fixture Graph could not send does not compile.
type GraphEventOnWire = MicrosoftGraph.Event & { "@odata.etag"?: string };
interface CalendarViewPage {
  "@odata.context"?: string;
  "@odata.nextLink"?: string;
  value: GraphEventOnWire[];
}
const ok = (page: CalendarViewPage): StandinAnswer => ({ status: 200, body: page });

function meeting(id: string, start: string, end: string, more: MicrosoftGraph.Event = {}): GraphEventOnWire {
  return {
    id,
    subject: id,
    isAllDay: false,
    isCancelled: false,
    sensitivity: "normal",
    showAs: "busy",
    responseStatus: { response: "accepted", time: "2026-11-20T10:00:00Z" },
    start: { dateTime: `${start}:00.0000000`, timeZone: "UTC" },
    end: { dateTime: `${end}:00.0000000`, timeZone: "UTC" },
    ...more,
  };
}

async function read(pages: StandinAnswer[], options: { timeZone?: string; now?: () => number } = {}) {
  const standin = await startProviderStandin(pages.map((p) => () => p));
  close = standin.close;
  const source = microsoftGraphSource({ roomEmail: "atlas@acme.test", getAccessToken: async () => "t", baseUrl: standin.origin, ...options });
  return { standin, result: await source.events(range).catch((e: unknown) => e) };
}

async function readEvents(pages: StandinAnswer[], options: { timeZone?: string } = {}): Promise<CalendarEvent[]> {
  const { result } = await read(pages, options);
  if (result instanceof Error) throw result;
  return result as CalendarEvent[];
}

const page1 = (origin: string): CalendarViewPage => ({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('atlas%40acme.test')/calendarView",
  "@odata.nextLink": `${origin}/v1.0/users/atlas%40acme.test/calendarView?$skip=1`,
  value: [
    { "@odata.etag": 'W/"ZlnW4RIAV06KYYwlrfNZvQAAKGWwbw=="', ...meeting("AAMkAGIAAAoZDOFAAA=", "2026-11-23T08:00", "2026-11-23T09:00", { subject: "Weekly planning", responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" } }) },
    meeting("AAMkAGIAAAoZDOFAAB=", "2026-11-23T12:00", "2026-11-23T12:45", { subject: "Doctor", sensitivity: "private" }),
  ],
});
const page2: CalendarViewPage = { value: [meeting("AAMkAGIAAAoZDOFAAC=", "2026-11-23T10:30", "2026-11-23T11:00", { isCancelled: true, showAs: "tentative", responseStatus: null })] };

describe("microsoftGraphSource", () => {
  it("asks calendarView for only the panel's fields, in UTC, with the device's token, and follows nextLink", async () => {
    let origin = "";
    const standin = await startProviderStandin([() => ok(page1(origin)), () => ok(page2)]);
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

  it("reads times Graph gives in a named zone, across midnight and the autumn clock change", async () => {
    const [paris, dst, late] = await readEvents([
      ok({
        value: [
          { id: "x", subject: "Paris time", start: { dateTime: "2026-11-23T09:00:00.0000000", timeZone: "Europe/Paris" }, end: { dateTime: "2026-11-23T10:00:00.0000000", timeZone: "Europe/Paris" } },
          // 01:30 summer time to 03:30 winter time on 25 October: three hours, not two.
          { id: "dst", start: { dateTime: "2026-10-25T01:30:00.0000000", timeZone: "Europe/Paris" }, end: { dateTime: "2026-10-25T03:30:00.0000000", timeZone: "Europe/Paris" } },
          meeting("late", "2026-11-23T22:00", "2026-11-24T02:00"),
        ],
      }),
    ]);
    expect(paris!.start).toBe(Date.UTC(2026, 10, 23, 8));
    expect(dst!.end - dst!.start).toBe(3 * 3600_000);
    expect(occupancyAt([late!], Date.UTC(2026, 10, 24, 1)).occupied).toBe(true);
  });

  it("reads all-day events as dates in the room's zone, whatever zone Graph labels them with (issue 10: Tokyo)", async () => {
    const allDay = (id: string, from: string, to: string): GraphEventOnWire => ({ ...meeting(id, `${from}T00:00`, `${to}T00:00`), isAllDay: true });
    const [offsite] = await readEvents([ok({ value: [allDay("offsite", "2026-11-23", "2026-11-24")] })], { timeZone: "Asia/Tokyo" });
    expect(offsite).toMatchObject({ allDay: true, start: Date.UTC(2026, 10, 22, 15), end: Date.UTC(2026, 10, 23, 15) });
    // Before: held from 09:00 Tokyo on the 23rd to 09:00 on the 24th.
    expect(occupancyAt([offsite!], Date.UTC(2026, 10, 23, 16)).occupied).toBe(false);

    // Two days over the Paris autumn change: 49 hours from midnight to midnight.
    const [long] = await readEvents([ok({ value: [allDay("long", "2026-10-24", "2026-10-26")] })], { timeZone: "Europe/Paris" });
    expect(long!.start).toBe(Date.UTC(2026, 9, 23, 22));
    expect(long!.end - long!.start).toBe(49 * 3600_000);
  });

  it("frees the room for a meeting it declined, for free and working-elsewhere time; holds it for tentative and out-of-office", async () => {
    const at = Date.UTC(2026, 10, 23, 9, 30);
    const slot = (id: string, more: MicrosoftGraph.Event) => meeting(id, "2026-11-23T09:00", "2026-11-23T10:00", more);
    const events = await readEvents([
      ok({
        value: [
          slot("declined", { responseStatus: { response: "declined", time: "2026-11-21T08:00:00Z" } }),
          slot("free", { showAs: "free" }),
          slot("elsewhere", { showAs: "workingElsewhere" }),
          slot("tentative", { showAs: "tentative" }),
          slot("not-yet", { responseStatus: { response: "tentativelyAccepted", time: "2026-11-21T08:00:00Z" } }),
          slot("closed", { showAs: "oof" }),
        ],
      }),
    ]);
    const byId = new Map(events.map((e) => [e.id, e]));
    const holds = (id: string) => occupancyAt([byId.get(id)!], at).occupied;
    expect(byId.get("declined")).toMatchObject({ status: "cancelled" });
    expect([holds("declined"), holds("free"), holds("elsewhere")]).toEqual([false, false, false]);
    expect(byId.get("tentative")).toMatchObject({ status: "tentative" });
    expect(byId.get("not-yet")).toMatchObject({ status: "tentative", showAs: "busy" });
    expect([holds("tentative"), holds("not-yet"), holds("closed")]).toEqual([true, true, true]);
  });

  it("reads recurring occurrences, a moved exception and a cancelled occurrence as calendarView expands them", async () => {
    const series = { seriesMasterId: "AAMkSERIES=", recurrence: null };
    const events = await readEvents([
      ok({
        value: [
          meeting("occ-1", "2026-11-23T08:00", "2026-11-23T08:30", { ...series, type: "occurrence", originalStart: "2026-11-23T08:00:00Z" }),
          meeting("moved", "2026-11-23T14:00", "2026-11-23T14:30", { ...series, type: "exception", originalStart: "2026-11-23T09:00:00Z" }),
          meeting("dropped", "2026-11-23T10:00", "2026-11-23T10:30", { ...series, type: "occurrence", isCancelled: true }),
        ],
      }),
    ]);
    expect(occupancyAt(events, Date.UTC(2026, 10, 23, 9, 10)).occupied).toBe(false); // the original slot of the moved one
    expect(occupancyAt(events, Date.UTC(2026, 10, 23, 14, 10)).current).toMatchObject({ id: "moved" });
    expect(occupancyAt(events, Date.UTC(2026, 10, 23, 10, 10)).occupied).toBe(false);
  });

  it("tolerates null in every nullable property instead of failing the read", async () => {
    const events = await readEvents([
      ok({
        value: [
          { id: "nulls", subject: null, showAs: null, isAllDay: null, responseStatus: null, sensitivity: null, isCancelled: null, start: { dateTime: "2026-11-23T09:00:00.0000000", timeZone: null }, end: { dateTime: "2026-11-23T10:00:00.0000000", timeZone: "UTC" } },
          { ...meeting("response-null", "2026-11-23T11:00", "2026-11-23T12:00"), responseStatus: { response: null, time: null } },
          { id: "no-time", subject: "Unplaceable", start: null, end: null },
        ],
      }),
    ]);
    expect(events).toEqual([
      // Unknown free/busy holds the room; unknown sensitivity keeps the subject off the wall.
      { id: "nulls", start: Date.UTC(2026, 10, 23, 9), end: Date.UTC(2026, 10, 23, 10), allDay: false, subject: null, isPrivate: true, status: "confirmed", showAs: "unknown" },
      expect.objectContaining({ id: "response-null", status: "confirmed" }),
    ]);
    expect(occupancyAt(events, Date.UTC(2026, 10, 23, 9, 30)).occupied).toBe(true);
  });

  it("follows nextLink to a documented cap and fails loudly past it, never showing a cut-off schedule", async () => {
    let origin = "";
    const standin = await startProviderStandin([() => ok({ "@odata.nextLink": `${origin}/users/atlas%40acme.test/calendarView?$skiptoken=more`, value: [meeting("m", "2026-11-23T08:00", "2026-11-23T09:00")] })]);
    origin = standin.origin;
    close = standin.close;
    const failure = await microsoftGraphSource({ roomEmail: "atlas@acme.test", getAccessToken: async () => "t", baseUrl: origin }).events(range).catch((e: unknown) => e);
    expect(standin.requests).toHaveLength(GRAPH_MAX_PAGES);
    expect(failure).toBeInstanceOf(CalendarError);
    expect(failure).toMatchObject({ reason: "too_many_events" });
    expect(calendarErrorText(failure, "fr")).toContain("plus de 1 000 événements");
  });

  it("never sends the token to a next page on another host", async () => {
    const { standin, result } = await read([ok({ "@odata.nextLink": "https://graph.example.invalid/v1.0/next", value: [] })]);
    expect(standin.requests).toHaveLength(1);
    expect(result).toMatchObject({ reason: "bad_answer" });
  });

  it("turns 429 and 503 into 'wait', with Graph's Retry-After in seconds or as an HTTP-date", async () => {
    const { result: throttled } = await read([graphError(429, "TooManyRequests", "Please retry again later.", { "retry-after": "30" })]);
    expect(throttled).toMatchObject({ status: 429, reason: "rate_limited", retryAfterMs: 30_000 });
    expect(calendarErrorText(throttled, "en")).toBe("the calendar provider asked the display to slow down; it will try again in 1 min");

    const now = Date.UTC(2026, 10, 23, 8, 0, 0);
    const { result: unavailable } = await read([graphError(503, "ServiceUnavailable", "Service Unavailable", { "retry-after": "Mon, 23 Nov 2026 08:05:00 GMT" })], { now: () => now });
    expect(unavailable).toMatchObject({ status: 503, reason: "rate_limited", retryAfterMs: 5 * 60_000 });
    expect(calendarErrorText(unavailable, "fr")).toBe("le fournisseur de calendrier demande à l’écran de ralentir ; il réessaiera dans 5 min");

    const { result: silent } = await read([graphError(429, "TooManyRequests", "Please retry again later.")]);
    expect(silent).toMatchObject({ reason: "rate_limited", retryAfterMs: undefined });
  });

  it("turns Graph's 401 into 'needs sign-in again'", async () => {
    const { result: failure } = await read([graphError(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.")]);
    expect(failure).toBeInstanceOf(CalendarError);
    expect(failure).toMatchObject({ status: 401, reason: "sign_in", message: "needs sign-in again" });
    expect(calendarErrorText(failure, "en")).toBe("the display must sign in to the room’s calendar again");
  });
});
