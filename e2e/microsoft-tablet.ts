import { expect, type Page } from "@playwright/test";
import type { EntraStandIn } from "./entra-standin";
import type { graphRoomCalendar } from "./graph-room-calendar";
import { kioskTablet } from "./kiosk-tablet";

export { closeTablets } from "./kiosk-tablet";

/** The tablet's side of Microsoft 365 in the e2e suite: MSAL pointed at the stand-in, Graph routed to a stand-in. */

export const ENTRA_CLIENT_ID = "11111111-2222-3333-4444-555555555555";
// app/display/_calendar/microsoft-sign-in.ts DEV_AUTHORITY_KEY: honoured only with dev tools on.
const DEV_AUTHORITY_KEY = "roomtrust.dev.microsoft-authority";

export interface GraphEvent {
  subject: string;
  /** Relative to the tablet's clock at the time of each read, so the room's state is known whatever the walk. */
  startOffsetMs: number;
  endOffsetMs: number;
}

export interface GraphCall {
  url: string;
  token: string;
  accepted: boolean;
}

/** Graph's calendarView as Graph answers it; 401 `InvalidAuthenticationToken` for a token the stand-in did not issue or that ended. */
export async function routeGraph(page: Page, idp: EntraStandIn, tabletNow: () => number, events: GraphEvent[]): Promise<GraphCall[]> {
  const calls: GraphCall[] = [];
  const graphTime = (ms: number) => new Date(ms).toISOString().replace("Z", "0000");
  await page.route("https://graph.microsoft.com/**", async (route) => {
    const token = /^Bearer (.+)$/.exec(route.request().headers().authorization ?? "")?.[1] ?? "";
    const accepted = idp.acceptsAccessToken(token);
    calls.push({ url: route.request().url(), token, accepted });
    if (!accepted) {
      return route.fulfill({ status: 401, contentType: "application/json", body: JSON.stringify({ error: { code: "InvalidAuthenticationToken", message: "Lifetime validation failed, the token is expired." } }) });
    }
    const at = tabletNow();
    await route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        value: events.map((event, i) => ({
          id: `AAMkAGI2TG93AAA${i}=`,
          subject: event.subject,
          isAllDay: false,
          isCancelled: false,
          sensitivity: "normal",
          showAs: "busy",
          responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
          start: { dateTime: graphTime(at + event.startOffsetMs), timeZone: "UTC" },
          end: { dateTime: graphTime(at + event.endOffsetMs), timeZone: "UTC" },
        })),
      }),
    });
  });
  return calls;
}

/**
 * The tablet: a persistent browser profile, as a kiosk has, set up as docs/calendar-setup.md says
 * (third-party cookies allowed: Chromium blocks them by default, and MSAL's hidden renewal iframe
 * needs Microsoft's session cookie), trusting the stand-in's throwaway certificate, with MSAL
 * pointed at the stand-in.
 */
export async function tabletWithStandIn(idp: EntraStandIn, baseURL: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const { context, page } = await kioskTablet(baseURL, { viewport, preferences: { profile: { cookie_controls_mode: 0, block_third_party_cookies: false } } });
  await context.addInitScript(([key, origin]) => localStorage.setItem(key!, origin!), [DEV_AUTHORITY_KEY, idp.origin]);
  return page;
}

/** A person taps the panel's sign-in button and signs in as the room's account on the (stand-in) Microsoft page. */
export async function signInOnTablet(page: Page, roomEmail: string, button = /sign in with microsoft 365/i) {
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/oauth2\/v2\.0\/authorize/);
  await page.getByRole("button", { name: `Sign in as ${roomEmail}` }).click();
  await expect(page).toHaveURL(/\/display(\?lang=fr)?$/);
}

/**
 * Graph for a room whose calendar the tablet reads and writes (e2e/graph-room-calendar.ts: what
 * Graph takes and answers, the room declining conflicts), behind the same token check as routeGraph.
 */
export async function routeGraphRoom(page: Page, idp: EntraStandIn, calendar: ReturnType<typeof graphRoomCalendar>): Promise<void> {
  await page.route("https://graph.microsoft.com/**", async (route) => {
    const request = route.request();
    const token = /^Bearer (.+)$/.exec(request.headers().authorization ?? "")?.[1] ?? "";
    if (!idp.acceptsAccessToken(token)) {
      return route.fulfill({ status: 401, contentType: "application/json", body: JSON.stringify({ error: { code: "InvalidAuthenticationToken", message: "Lifetime validation failed, the token is expired." } }) });
    }
    const url = new URL(request.url());
    const answer = calendar.answer(request.method(), url.pathname.replace(/^\/v1\.0/, ""), url.searchParams, request.postData() ? (request.postDataJSON() as unknown) : null);
    await route.fulfill(answer.body === undefined ? { status: answer.status } : { status: answer.status, contentType: "application/json", body: JSON.stringify(answer.body) });
  });
}
