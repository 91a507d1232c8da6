import { expect, type Browser, type Page } from "@playwright/test";
import type { EntraStandIn } from "./entra-standin";

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

/** A tablet context that trusts the stand-in's throwaway certificate and points MSAL at it. */
export async function tabletWithStandIn(browser: Browser, idp: EntraStandIn, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, ignoreHTTPSErrors: true });
  await context.addInitScript(([key, origin]) => localStorage.setItem(key!, origin!), [DEV_AUTHORITY_KEY, idp.origin]);
  return context.newPage();
}

/** A person taps the panel's sign-in button and signs in as the room's account on the (stand-in) Microsoft page. */
export async function signInOnTablet(page: Page, roomEmail: string, button = /sign in with microsoft 365/i) {
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/oauth2\/v2\.0\/authorize/);
  await page.getByRole("button", { name: `Sign in as ${roomEmail}` }).click();
  await expect(page).toHaveURL(/\/display$/);
}
