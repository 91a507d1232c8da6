/// <reference types="@maxim_mazurok/gapi.client.calendar-v3" />
import { expect, type Page } from "@playwright/test";
import type { GisStandIn } from "./gis-standin";
import type { googleRoomCalendar } from "./google-room-calendar";
import { kioskTablet } from "./kiosk-tablet";

/** The tablet's side of Google Calendar in the e2e suite: GIS and Calendar v3 at Google's URLs, routed to stand-ins. */

export const GOOGLE_CLIENT_ID = "123456789012-roomtrust.apps.googleusercontent.com";

export interface CalendarMeeting {
  summary: string;
  /** Relative to the tablet's clock at each read, so the room's state is known whatever the walk. */
  startOffsetMs: number;
  endOffsetMs: number;
}

export interface CalendarCall {
  token: string;
  accepted: boolean;
}

/** Google's 401 for a token it did not issue or that ended, with its documented error body. */
const INVALID_CREDENTIALS = {
  status: 401,
  contentType: "application/json; charset=UTF-8",
  headers: { "www-authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
  body: JSON.stringify({
    error: {
      code: 401,
      message: "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
      errors: [{ message: "Invalid Credentials", domain: "global", reason: "authError", location: "Authorization", locationType: "header" }],
      status: "UNAUTHENTICATED",
    },
  }),
};

/**
 * Calendar v3 `events.list` as Google answers it (typed with the official Calendar v3 types); for a
 * token it did not issue or that ended, Google's 401 with its documented error body.
 */
export async function routeGoogleCalendar(page: Page, gis: GisStandIn, tabletNow: () => number, meetings: CalendarMeeting[]): Promise<CalendarCall[]> {
  const calls: CalendarCall[] = [];
  await page.route("https://www.googleapis.com/calendar/v3/**", async (route) => {
    const token = /^Bearer (.+)$/.exec(route.request().headers().authorization ?? "")?.[1] ?? "";
    const accepted = gis.acceptsAccessToken(token);
    calls.push({ token, accepted });
    if (!accepted) {
      return route.fulfill(INVALID_CREDENTIALS);
    }
    const at = tabletNow();
    const page: gapi.client.calendar.Events = {
      kind: "calendar#events",
      timeZone: "Europe/Paris",
      items: meetings.map((meeting, i) => ({
        id: `standin${i}`,
        summary: meeting.summary,
        status: "confirmed",
        visibility: "public",
        start: { dateTime: new Date(at + meeting.startOffsetMs).toISOString() },
        end: { dateTime: new Date(at + meeting.endOffsetMs).toISOString() },
        attendees: [{ self: true, resource: true, responseStatus: "accepted" }],
      })),
    };
    await route.fulfill({ contentType: "application/json; charset=UTF-8", body: JSON.stringify(page) });
  });
  return calls;
}

/**
 * Calendar v3 for a room whose calendar the tablet reads and writes (e2e/google-room-calendar.ts:
 * what Google takes and answers, the room declining conflicts), behind Google's token check.
 */
export async function routeGoogleRoom(page: Page, gis: GisStandIn, calendar: ReturnType<typeof googleRoomCalendar>): Promise<void> {
  await page.route("https://www.googleapis.com/calendar/v3/**", async (route) => {
    const request = route.request();
    const token = /^Bearer (.+)$/.exec(request.headers().authorization ?? "")?.[1] ?? "";
    if (!gis.acceptsAccessToken(token)) return route.fulfill(INVALID_CREDENTIALS);
    const url = new URL(request.url());
    const body = request.postData() ? (request.postDataJSON() as unknown) : null;
    const answer = calendar.answer(request.method(), url.pathname.replace(/^\/calendar\/v3/, ""), url.searchParams, body, { "if-match": request.headers()["if-match"] });
    await route.fulfill(answer.body === undefined ? { status: answer.status } : { status: answer.status, contentType: "application/json; charset=UTF-8", body: JSON.stringify(answer.body) });
  });
}

/**
 * The tablet, with a pop-up blocker as a browser has one: headless Chromium has none (with or
 * without Playwright's `--disable-popup-blocking`, checked with Chromium 156), so this init script
 * applies the browser's rule — `window.open` without a tap's transient user activation returns
 * null, and each tap allows one pop-up — unless `popupsAllowed`, the kiosk setting docs/calendar-setup.md asks for (pop-ups
 * allowed for our origin).
 */
export async function googleTablet(baseURL: string, { popupsAllowed, viewport }: { popupsAllowed: boolean; viewport?: { width: number; height: number } }) {
  const tablet = await kioskTablet(baseURL, { viewport });
  await tablet.context.addInitScript((allowed) => {
    const open = window.open.bind(window);
    // A pop-up consumes the tap that allowed it (HTML's "consume user activation"): one per tap.
    let tap = false;
    for (const kind of ["pointerdown", "keydown"]) addEventListener(kind, (event) => void (tap ||= event.isTrusted), true);
    window.open = (...args) => {
      if (!allowed && !(tap && navigator.userActivation.isActive)) return null;
      tap = false;
      return open(...args);
    };
  }, popupsAllowed);
  return tablet;
}

/** A person taps the panel's button; Google's pop-up opens, and they press the account button when Google asks. */
export async function tapSignIn(tablet: Page, button: RegExp, account: string | null) {
  const popup = tablet.context().waitForEvent("page");
  await tablet.getByRole("button", { name: button }).click();
  const google = await popup;
  if (account) await google.getByRole("button", { name: `Continue as ${account}` }).click();
  await expect.poll(() => google.isClosed(), { message: "Google's pop-up closes once it has answered" }).toBe(true);
}
