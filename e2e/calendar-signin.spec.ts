import { expect, test, type Page, type Request } from "@playwright/test";
import { startEntraStandIn, type EntraStandIn } from "./entra-standin";
import { captureOwnRequests, signInFromOutbox } from "./fixtures";
import { closeTablets, ENTRA_CLIENT_ID, routeGraph, signInOnTablet, tabletWithStandIn, type GraphCall } from "./microsoft-tablet";

// Microsoft 365 sign-in on a room display, with the real MSAL in Chromium against a local Entra
// stand-in: a person signs in once by a full-page redirect; then the tablet renews its token
// alone (refresh token for the first 24 h, then the hidden iframe while the session lives) for
// 30 days of the tablet's clock; when the session is revoked, the panel says "Sign-in needed",
// keeps its last known status with its age, and a tap signs it in again (and health is ok again). No request to our origin
// ever carries a code or a token.

const HOUR = 3600_000;
const MEETING = { subject: "Quarterly planning with the board", startOffsetMs: -HOUR, endOffsetMs: 40 * HOUR };

let idp: EntraStandIn;

// A fresh stand-in (tenant, clock, sessions) for every test.
test.beforeEach(async ({ baseURL }) => {
  idp = await startEntraStandIn({ clientId: ENTRA_CLIENT_ID, redirectUris: [`${baseURL}/display/auth-redirect`] });
});
test.afterEach(async () => {
  await closeTablets();
  await idp?.close();
});

/** The organisation's Entra app and one display reading Microsoft 365; returns a pairing code. */
async function setUpMicrosoftRoom(admin: Page, room: string, lang: "en" | "fr", labels: { clientId: RegExp; tenant: RegExp; save: RegExp; calendar: RegExp; createCode: RegExp }) {
  await admin.goto(`/admin/rooms?lang=${lang}`);
  await admin.getByLabel(labels.clientId).fill(ENTRA_CLIENT_ID);
  await admin.getByLabel(labels.tenant).fill(idp.tenantId);
  await admin.getByRole("button", { name: labels.save }).click();
  await admin.goto(`/admin/rooms?lang=${lang}`);
  await admin.getByRole("link", { name: room, exact: true }).click();
  await admin.getByLabel(labels.calendar).selectOption("microsoft");
  await admin.getByRole("button", { name: labels.save }).click();
  await expect(admin.getByRole("status")).toBeVisible();
  await admin.getByRole("button", { name: labels.createCode }).click();
  return (await admin.getByTestId("pairing-code").textContent())!.trim();
}

/** The tablet's clock and the stand-in's, moved together. */
function tabletClock(page: Page) {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    async walk(ms: number) {
      idp.advance(ms);
      offset += ms;
      await page.clock.fastForward(ms);
    },
  };
}

async function pair(page: Page, code: string, pairButton: RegExp, path = "/display") {
  await page.goto(path);
  await page.getByLabel(/pairing code|code d’appairage/i).fill(code);
  await page.getByRole("button", { name: pairButton }).click();
}

/** What the tablet last told our origin about itself. */
function lastHeartbeat(requests: Request[]): string | undefined {
  return requests.filter((r) => new URL(r.url()).pathname === "/api/display/heartbeat").at(-1)?.postData() ?? undefined;
}

async function expectNoTokenReachedUs(requests: Request[]) {
  expect(requests.length).toBeGreaterThan(0);
  expect(idp.issued.size).toBeGreaterThan(0);
  for (const request of requests) {
    const text = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ""].join("\n");
    for (const secret of idp.issued) expect(text.includes(secret), `${request.method()} ${request.url()} carries a code or token`).toBe(false);
  }
}

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}-1280x800.png`) });
  await page.setViewportSize({ width: 800, height: 1280 });
  await page.screenshot({ path: test.info().outputPath(`${name}-800x1280.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("only the redirect bridge may be framed, by our own origin, and it has no COOP; the panel keeps its pop-ups' link back, nothing else changes", async ({ request }) => {
  const bridge = (await request.get("/display/auth-redirect")).headers();
  expect(bridge["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(bridge["x-frame-options"]).toBe("SAMEORIGIN");
  expect(bridge["cross-origin-opener-policy"]).toBeUndefined();
  for (const path of ["/display", "/subprocessors", "/admin/sign-in"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    // Google's sign-in pop-up answers the panel that opened it (docs/calendar-setup.md).
    expect(headers["cross-origin-opener-policy"], path).toBe(path === "/display" ? "same-origin-allow-popups" : "same-origin");
  }
});

test("a tablet signed in to Microsoft 365 once keeps reading for 30 days, then asks for a sign-in, keeps its last status, and a tap signs it in again", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, "rooms@acme.test");
  const code = await setUpMicrosoftRoom(admin, "Draco", "en", { clientId: /microsoft application/i, tenant: /microsoft tenant/i, save: /^save$/i, calendar: /^calendar$/i, createCode: /create a pairing code/i });

  const tablet = await tabletWithStandIn(idp, baseURL!);
  await tablet.clock.install();
  const clock = tabletClock(tablet);
  const graph = await routeGraph(tablet, idp, clock.now, [MEETING]);
  const sent = captureOwnRequests(tablet, baseURL!);
  await pair(tablet, code, /^pair$/i);

  // Never signed in: nothing is read, nothing is claimed, and the panel says who must act.
  const alert = tablet.locator(".display-sign-in");
  await expect(alert).toContainText("Sign-in needed");
  await expect(alert).toContainText("has not been read yet");
  await expect(tablet.locator(".display-status-word")).toContainText("Status unknown");
  expect(graph).toHaveLength(0);

  // A person taps the button: the whole page goes to Microsoft (no popup) and comes back signed in.
  await signInOnTablet(tablet, "draco@acme.test");
  // Back on /display: the configuration, MSAL's code redemption, then Graph (a loaded machine takes seconds).
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i, { timeout: 20_000 });
  await expect(tablet.getByText(MEETING.subject)).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(idp.calls.tokenByCode).toBe(1);

  const accepted = () => graph.filter((c) => c.accepted).length;
  const readsAfter = async (ms: number) => {
    const before = accepted();
    await clock.walk(ms);
    // A read after a jump of days goes through MSAL's hidden iframe first: seconds on a loaded machine.
    await expect.poll(accepted, { message: `a read with a valid token after ${ms / HOUR} h`, timeout: 20_000 }).toBeGreaterThan(before);
    expect(graph.at(-1)!.accepted).toBe(true);
  };

  // Hours: each new access token comes from the (rotating) refresh token, without a person.
  await readsAfter(HOUR);
  await readsAfter(HOUR);
  expect(idp.calls.tokenByRefresh).toBeGreaterThanOrEqual(2);
  const iframesBefore = idp.calls.silentAuthorize;

  // Past 24 h the refresh token has ended for good; MSAL's hidden iframe gets a new code from the session.
  await readsAfter(23 * HOUR);
  expect(idp.calls.silentAuthorize).toBeGreaterThan(iframesBefore);

  // Days: 30 days on the tablet's clock in all, unattended (each step is past the new refresh token's 24 h).
  for (let day = 4; day <= 30; day += 3) await readsAfter(3 * 24 * HOUR);
  await expect(tablet.getByText(MEETING.subject)).toBeVisible();
  expect(idp.calls.authorize).toBe(1); // one person, one sign-in, 30 days
  expect(new Set(graph.map((c: GraphCall) => c.token)).size).toBeGreaterThanOrEqual(13);

  // An admin revokes the room account's sessions: after the access token ends, only a person can help.
  idp.revokeSessions();
  await clock.walk(HOUR + 5 * 60_000);
  await expect(alert).toContainText("Sign-in needed", { timeout: 15_000 });
  await expect(alert.getByRole("button", { name: "Sign in with Microsoft 365" })).toBeVisible();
  await expect(alert).toContainText(/Last known status, from the calendar read 1\sh(\s0\d\smin)? ago\./);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  await tablet.clock.fastForward("01:05");
  await expect.poll(() => lastHeartbeat(sent)).toBe('{"occupied":true,"calendarHealth":"needs_sign_in"}');
  await screenshots(tablet, "sign-in-needed-en");

  // A person taps the button again: a new Microsoft session, the panel reads again, health is ok again.
  const readsBefore = accepted();
  await signInOnTablet(tablet, "draco@acme.test");
  await expect(alert).toHaveCount(0, { timeout: 20_000 });
  await expect.poll(accepted).toBeGreaterThan(readsBefore);
  expect(graph.at(-1)!.accepted).toBe(true);
  await expect(tablet.getByText(MEETING.subject)).toBeVisible();
  await expect(tablet.locator(".display-panel")).toHaveAttribute("data-calendar-health", "ok");
  await tablet.clock.fastForward("01:05");
  await expect.poll(() => lastHeartbeat(sent)).toBe('{"occupied":true,"calendarHealth":"ok"}');
  expect(idp.calls.authorize).toBe(2);

  expect(idp.calls.refused).toEqual([]);
  await expectNoTokenReachedUs(sent);
});

test("a French organisation's tablet says so in French, with the age of its last status", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, "salles@globex.test");
  const code = await setUpMicrosoftRoom(admin, "Marne", "fr", {
    clientId: /identifiant d’application/i, tenant: /locataire microsoft/i, save: /^enregistrer$/i, calendar: /^calendrier$/i, createCode: /créer un code d’appairage/i,
  });

  const tablet = await tabletWithStandIn(idp, baseURL!);
  await tablet.clock.install();
  const clock = tabletClock(tablet);
  const graph = await routeGraph(tablet, idp, clock.now, [MEETING]);
  const sent = captureOwnRequests(tablet, baseURL!);
  await pair(tablet, code, /^appairer$/i, "/display?lang=fr");

  const alert = tablet.locator(".display-sign-in");
  await expect(alert).toContainText("Connexion requise");
  await expect(alert).toContainText("n’a pas encore été lu");
  await expect(tablet.locator(".display-status-word")).toContainText("État inconnu");
  await expect(tablet.locator(".display-meetings")).not.toContainText("Plus rien de réservé");
  await screenshots(tablet, "never-read-fr");

  await signInOnTablet(tablet, "marne@globex.test", /se connecter avec microsoft 365/i);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupée/i);
  await expect.poll(() => graph.filter((c) => c.accepted).length).toBeGreaterThan(0);

  idp.revokeSessions();
  await clock.walk(26 * HOUR);
  await expect(alert).toContainText("Connexion requise", { timeout: 15_000 });
  await expect(alert.getByRole("button", { name: "Se connecter avec Microsoft 365" })).toBeVisible();
  await expect(alert).toContainText(/Dernier état connu, d’après le calendrier lu il y a 1\sj\s2\sh\./);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupée/i);
  await screenshots(tablet, "sign-in-needed-fr");
  await expectNoTokenReachedUs(sent);
});
