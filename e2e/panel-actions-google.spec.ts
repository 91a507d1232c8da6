import { expect, test } from "@playwright/test";
import { captureOwnRequests, expectAccessible, signInFromOutbox } from "./fixtures";
import { startGisStandIn } from "./gis-standin";
import { googleRoomCalendar } from "./google-room-calendar";
import { GOOGLE_CLIENT_ID, googleTablet, routeGoogleRoom, tapSignIn } from "./google-tablet";
import { closeTablets } from "./kiosk-tablet";
import { expectOnlyOccupancy, newDisplay, useGoogleApp } from "./panel-display";

// Issue 11 on Google Calendar: the same walk as the Microsoft one, through the real Google
// adapter (events.insert, events.patch, the decline's events.get then patch with If-Match) against
// a resource calendar's stand-in. A person books the free room, extends it, ends it; a meeting
// organised by someone else, with the room invited, nobody checks in to, is declined by the room
// with a word to its organiser and every other guest kept. We still hear only occupied/available.

const MINUTE = 60_000;

test.afterEach(async () => closeTablets());

test("on Google Calendar, a person books, extends and ends at the panel, and a meeting nobody checks in to is declined", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const room = `Rigel${Date.now() % 100000}`;
  const email = `${room.toLowerCase()}@acme.test`;
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, "rooms@acme.test");
  await useGoogleApp(admin);
  const code = await newDisplay(admin, room, { calendar: "google", checkIn: "5" });

  const guests = [{ email: "ada@acme.test", organizer: true, responseStatus: "accepted" }, { email: "bob@acme.test", displayName: "Bob", responseStatus: "needsAction" }];
  const budgetAt = Date.now() + 40 * MINUTE;
  const calendar = googleRoomCalendar(email, [{ id: "budgetsync0001", summary: "Budget sync", start: budgetAt, end: budgetAt + 60 * MINUTE, guests, room: { responseStatus: "accepted" }, version: 1 }]);
  const gis = startGisStandIn({ clientId: GOOGLE_CLIENT_ID, origins: [new URL(baseURL!).origin], account: email });
  const { context, page: tablet } = await googleTablet(baseURL!, { popupsAllowed: true });
  await gis.route(context, tablet);
  await tablet.clock.install();
  await routeGoogleRoom(tablet, gis, calendar);
  const sent = captureOwnRequests(tablet, baseURL!);
  const walk = async (ms: number) => {
    gis.advance(ms);
    await tablet.clock.fastForward(ms);
  };
  await tablet.goto("/display");
  await tablet.getByLabel(/pairing code/i).fill(code);
  await tablet.getByRole("button", { name: /^pair$/i }).click();
  await expect(tablet.locator(".display-sign-in")).toContainText("Sign-in needed", { timeout: 20_000 });
  await tapSignIn(tablet, /^sign in with google$/i, email);
  await expect(tablet.locator(".display-status-word")).toContainText(/available/i);

  // Book: events.insert in the room's calendar, with the organisation's subject.
  const book = tablet.getByRole("group", { name: /book this room now/i });
  await book.getByRole("button", { name: "Book for 15\u00a0min" }).click();
  await expect(tablet.getByTestId("action-notice")).toContainText(/^Booked until \d\d:\d\d/);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  const booking = calendar.meetings().find((m) => m.summary === "Booked at the room display")!;
  expect(booking.end - booking.start).toBe(15 * MINUTE);
  expect(booking.room.responseStatus).toBe("accepted");

  // Extend by 15 minutes (30 would run into the budget sync), then end it now: events.patch of the end.
  const extend = tablet.getByRole("group", { name: /need more time/i });
  await expect(extend.getByRole("button")).toHaveText(["Extend by 15\u00a0min", "End now"]);
  await extend.getByRole("button", { name: "Extend by 15\u00a0min" }).click();
  await expect(tablet.getByTestId("action-notice")).toContainText(/^Extended until \d\d:\d\d/);
  await expect.poll(() => calendar.meetings().find((m) => m.id === booking.id)!.end - booking.start).toBe(30 * MINUTE);
  await expectAccessible(tablet);
  await walk(3 * MINUTE);
  await extend.getByRole("button", { name: "End now" }).click();
  await expect(tablet.getByTestId("action-notice")).toContainText(/^Meeting ended at \d\d:\d\d/);
  await expect(tablet.locator(".display-status-word")).toContainText(/available/i);
  const ended = calendar.meetings().find((m) => m.id === booking.id)!;
  expect(ended.end - ended.start).toBeLessThanOrEqual(4 * MINUTE);

  // The budget sync begins and nobody checks in: five minutes on, the room declines it.
  await walk(budgetAt - Date.now() + 30_000);
  await expect(tablet.locator(".display-check-in")).toBeVisible();
  await walk(5 * MINUTE);
  const budget = () => calendar.meetings().find((m) => m.id === "budgetsync0001")!;
  await expect.poll(() => budget().room.responseStatus, { timeout: 15_000 }).toBe("declined");
  expect(budget().room.comment).toBe("Nobody checked in within 5 minutes of the start, so the room was released for others.");
  expect(budget().guests).toEqual(guests);
  await expect(tablet.locator(".display-status-word")).toContainText(/released|available/i);

  await expectOnlyOccupancy(sent, ["Budget sync", "ada@acme.test", "Booked at the room display", "Nobody checked in", "budgetsync0001", "panelbooking", new Date(budgetAt).toISOString().slice(0, 13)]);
  for (const request of sent) expect([...gis.issued].some((token) => (request.headers().authorization ?? "").includes(token) || request.url().includes(token))).toBe(false);
});
