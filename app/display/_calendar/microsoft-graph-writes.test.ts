import type * as MicrosoftGraph from "@microsoft/microsoft-graph-types";
import { afterEach, describe, expect, it } from "vitest";
import { microsoftGraphSource } from "./microsoft-graph";
import { graphError, startProviderStandin, type StandinAnswer } from "./provider-standin.test-helper";
import { CalendarError } from "./types";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const start = Date.UTC(2026, 10, 23, 9, 5);
const end = Date.UTC(2026, 10, 23, 9, 35);

async function writesAgainst(answers: StandinAnswer[]) {
  const standin = await startProviderStandin(answers.map((a) => () => a));
  close = standin.close;
  const source = microsoftGraphSource({ roomEmail: "atlas@acme.test", getAccessToken: async () => "device-token", baseUrl: `${standin.origin}/v1.0` });
  return { standin, writes: source.writes };
}

// What POST /users/{id}/calendar/events answers: 201 Created with the event (Graph "Create event").
const created: MicrosoftGraph.Event = { id: "AAMkAGI2TG93AAA=", subject: "Booked at the room display", start: { dateTime: "2026-11-23T09:05:00.0000000", timeZone: "UTC" }, end: { dateTime: "2026-11-23T09:35:00.0000000", timeZone: "UTC" } };

describe("microsoftGraphSource writes", () => {
  it("books with POST /users/{room}/calendar/events: subject, start and end in UTC, busy, with the device's token", async () => {
    const { standin, writes } = await writesAgainst([{ status: 201, body: created }]);
    expect(await writes.book({ start, end, subject: "Booked at the room display" })).toBe("AAMkAGI2TG93AAA=");
    const [request] = standin.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url.pathname).toBe("/v1.0/users/atlas%40acme.test/calendar/events");
    expect(request!.headers.authorization).toBe("Bearer device-token");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.body).toEqual({
      subject: "Booked at the room display",
      start: { dateTime: "2026-11-23T09:05:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-11-23T09:35:00.0000000", timeZone: "UTC" },
      showAs: "busy",
      sensitivity: "normal",
      isReminderOn: false,
    });
  });

  it("extends or ends with PATCH /users/{room}/events/{id}, sending only the new end", async () => {
    const { standin, writes } = await writesAgainst([{ status: 200, body: { ...created, end: { dateTime: "2026-11-23T09:20:00.0000000", timeZone: "UTC" } } }]);
    await writes.setEnd("AAMk/AGI=", Date.UTC(2026, 10, 23, 9, 20));
    const [request] = standin.requests;
    expect(request!.method).toBe("PATCH");
    expect(request!.url.pathname).toBe("/v1.0/users/atlas%40acme.test/events/AAMk%2FAGI%3D");
    expect(request!.body).toEqual({ end: { dateTime: "2026-11-23T09:20:00.0000000", timeZone: "UTC" } });
  });

  it("declines with POST …/events/{id}/decline, a comment and sendResponse, read as done on Graph's 202 without a body", async () => {
    const { standin, writes } = await writesAgainst([{ status: 202, body: undefined }]);
    await writes.decline("AAMkAGI2TG93AAA=", "Nobody checked in; the room was released.");
    const [request] = standin.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url.pathname).toBe("/v1.0/users/atlas%40acme.test/events/AAMkAGI2TG93AAA%3D/decline");
    expect(request!.body).toEqual({ comment: "Nobody checked in; the room was released.", sendResponse: true });
  });

  it("takes a booking back with DELETE, on Graph's 204", async () => {
    const { standin, writes } = await writesAgainst([{ status: 204, body: undefined }]);
    await writes.remove("AAMkAGI2TG93AAA=");
    expect(standin.requests[0]).toMatchObject({ method: "DELETE", body: null });
    expect(standin.requests[0]!.url.pathname).toBe("/v1.0/users/atlas%40acme.test/events/AAMkAGI2TG93AAA%3D");
  });

  it("says a read-only sign-in may not change the calendar (403 ErrorAccessDenied), and a gone event is not found", async () => {
    const denied = await writesAgainst([graphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.")]);
    const refusal = await denied.writes.book({ start, end, subject: "x" }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CalendarError);
    expect(refusal).toMatchObject({ status: 403, reason: "forbidden", message: "no permission to change this room's calendar" });
    await close?.();
    const gone = await writesAgainst([graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.")]);
    expect(await gone.writes.setEnd("gone", end).catch((e: unknown) => e)).toMatchObject({ reason: "not_found" });
  });

  it("refuses an answer that does not name the created event", async () => {
    const { writes } = await writesAgainst([{ status: 201, body: {} }]);
    expect(await writes.book({ start, end, subject: "x" }).catch((e: unknown) => e)).toMatchObject({ reason: "bad_answer" });
  });
});
