import { afterEach, describe, expect, it } from "vitest";
import { googleRoomCalendar, type GoogleRoomMeeting } from "@/e2e/google-room-calendar";
import { graphRoomCalendar, type RoomMeeting } from "@/e2e/graph-room-calendar";
import { googleCalendarSource } from "../_calendar/google-calendar";
import { microsoftGraphSource } from "../_calendar/microsoft-graph";
import { startProviderStandin } from "../_calendar/provider-standin.test-helper";
import { bookNow, endMeetingNow, extendMeeting } from "./panel-action";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const M = 60_000;
const NOW = Date.UTC(2026, 10, 23, 9, 5, 20);
const MINUTE = Date.UTC(2026, 10, 23, 9, 5);
const ROOM = "atlas@acme.test";

/** The tablet's real Graph adapter against a room mailbox's calendar; `onWrite` lets someone else act between requests. */
async function panelAgainst(meetings: RoomMeeting[], onWrite?: (calendar: ReturnType<typeof graphRoomCalendar>) => void) {
  const calendar = graphRoomCalendar(ROOM, meetings);
  const standin = await startProviderStandin([
    (url, request) => {
      if (request.method !== "GET") onWrite?.(calendar);
      const answer = calendar.answer(request.method, url.pathname.replace(/^\/v1\.0/, ""), url.searchParams, request.body);
      return { status: answer.status, body: answer.body };
    },
  ]);
  close = standin.close;
  const source = microsoftGraphSource({ roomEmail: ROOM, getAccessToken: async () => "t", baseUrl: `${standin.origin}/v1.0` });
  return { calendar, standin, deps: { source, now: () => NOW } };
}

const meeting = (id: string, startMin: number, endMin: number, response: RoomMeeting["response"] = "accepted"): RoomMeeting => ({ id, subject: id, start: MINUTE + startMin * M, end: MINUTE + endMin * M, response });

describe("bookNow", () => {
  it("books from the current minute, and undo takes the booking out", async () => {
    const { calendar, deps } = await panelAgainst([meeting("later", 90, 120)]);
    const outcome = await bookNow(deps, { end: MINUTE + 30 * M, subject: "Booked at the room display" });
    expect(outcome.kind).toBe("done");
    expect(calendar.meetings().find((m) => m.subject === "Booked at the room display")).toMatchObject({ start: MINUTE, end: MINUTE + 30 * M, response: "organizer" });
    if (outcome.kind !== "done") return;
    expect(outcome.events.some((e) => e.id === outcome.eventId)).toBe(true);
    const undone = await outcome.undo!();
    expect(undone.kind).toBe("done");
    expect(calendar.meetings().map((m) => m.id)).toEqual(["later"]);
  });

  it("refuses when the fresh schedule has the room taken since the panel's last read, and writes nothing", async () => {
    const { calendar, standin, deps } = await panelAgainst([meeting("booked-in-outlook", 10, 40)]);
    const outcome = await bookNow(deps, { end: MINUTE + 30 * M, subject: "x" });
    expect(outcome).toMatchObject({ kind: "conflict", conflicts: [{ id: "booked-in-outlook" }] });
    expect(standin.requests.map((r) => r.method)).toEqual(["GET"]);
    expect(calendar.meetings()).toHaveLength(1);
  });

  it("takes its booking out again when someone booked the room between the read and the write (the room declined ours)", async () => {
    let raced = false;
    const { calendar, deps } = await panelAgainst([], (c) => {
      if (!raced) c.add(meeting("booked-meanwhile", 0, 60));
      raced = true;
    });
    const outcome = await bookNow(deps, { end: MINUTE + 15 * M, subject: "x" });
    expect(outcome).toMatchObject({ kind: "conflict", conflicts: [{ id: "booked-meanwhile" }] });
    expect(calendar.meetings().map((m) => m.id)).toEqual(["booked-meanwhile"]);
  });
});

describe("extendMeeting and endMeetingNow", () => {
  it("extends while the room is free after, and refuses once the calendar has a meeting there", async () => {
    const { calendar, deps } = await panelAgainst([meeting("mine", -20, 10, "organizer"), meeting("next", 40, 60)]);
    expect((await extendMeeting(deps, "mine", 15)).kind).toBe("done");
    expect(calendar.meetings().find((m) => m.id === "mine")!.end).toBe(MINUTE + 25 * M);
    expect(await extendMeeting(deps, "mine", 30)).toMatchObject({ kind: "conflict", conflicts: [{ id: "next" }] });
    expect(calendar.meetings().find((m) => m.id === "mine")!.end).toBe(MINUTE + 25 * M);
  });

  it("ends at the current minute; undo gives the time back while nobody took it", async () => {
    const { calendar, deps } = await panelAgainst([meeting("mine", -20, 30, "organizer")]);
    const ended = await endMeetingNow(deps, "mine");
    expect(calendar.meetings()[0]!.end).toBe(MINUTE);
    if (ended.kind !== "done") throw new Error(ended.kind);
    await ended.undo!();
    expect(calendar.meetings()[0]!.end).toBe(MINUTE + 30 * M);
  });

  it("does not give the time back when the room was booked after the early end", async () => {
    const { calendar, deps } = await panelAgainst([meeting("mine", -20, 30, "organizer")]);
    const ended = await endMeetingNow(deps, "mine");
    calendar.add(meeting("walk-in", 1, 20));
    if (ended.kind !== "done") throw new Error(ended.kind);
    expect(await ended.undo!()).toMatchObject({ kind: "conflict", conflicts: [{ id: "walk-in" }] });
    expect(calendar.meetings().find((m) => m.id === "mine")!.end).toBe(MINUTE);
  });

  it("says the meeting is gone when the calendar no longer has it", async () => {
    const { deps } = await panelAgainst([]);
    expect((await endMeetingNow(deps, "deleted")).kind).toBe("gone");
    expect((await extendMeeting(deps, "deleted", 15)).kind).toBe("gone");
  });
});

describe("the same actions on Google Calendar", () => {
  const CALENDAR = "c_188abc@resource.calendar.google.com";
  const guest = { email: "ada@acme.test", organizer: true, responseStatus: "accepted" };

  async function googlePanel(meetings: GoogleRoomMeeting[], onWrite?: (calendar: ReturnType<typeof googleRoomCalendar>) => void) {
    const calendar = googleRoomCalendar(CALENDAR, meetings);
    const standin = await startProviderStandin([
      (url, request) => {
        if (request.method !== "GET") onWrite?.(calendar);
        const ifMatch = request.headers["if-match"];
        const answer = calendar.answer(request.method, url.pathname.replace(/^\/calendar\/v3/, ""), url.searchParams, request.body, { "if-match": Array.isArray(ifMatch) ? ifMatch[0] : ifMatch });
        return { status: answer.status, body: answer.body };
      },
    ]);
    close = standin.close;
    const source = googleCalendarSource({ calendarId: CALENDAR, timeZone: "Europe/Paris", getAccessToken: async () => "t", baseUrl: `${standin.origin}/calendar/v3` });
    return { calendar, source, deps: { source, now: () => NOW } };
  }

  it("takes its booking out when the room was booked in between (the resource declined ours)", async () => {
    let raced = false;
    const { calendar, deps } = await googlePanel([], (c) => {
      if (!raced) c.add({ id: "meanwhile", summary: "x", start: MINUTE, end: MINUTE + 60 * M, guests: [guest], room: { responseStatus: "accepted" }, version: 1 });
      raced = true;
    });
    expect(await bookNow(deps, { end: MINUTE + 15 * M, subject: "x" })).toMatchObject({ kind: "conflict", conflicts: [{ id: "meanwhile" }] });
    expect(calendar.meetings().map((m) => m.id)).toEqual(["meanwhile"]);
  });

  it("declines a no-show as the room, keeping every guest, so the next read frees the room", async () => {
    const { calendar, source } = await googlePanel([{ id: "noshow", summary: "Budget", start: MINUTE - 20 * M, end: MINUTE + 40 * M, guests: [guest], room: { responseStatus: "accepted" }, version: 3 }]);
    await source.writes.decline("noshow", "Nobody checked in.");
    expect(calendar.meetings()[0]).toMatchObject({ guests: [guest], room: { responseStatus: "declined", comment: "Nobody checked in." } });
    const [read] = await source.events({ from: MINUTE - 60 * M, to: MINUTE + 60 * M });
    expect(read).toMatchObject({ id: "noshow", status: "cancelled" });
  });
});
