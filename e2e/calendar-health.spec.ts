import { expect, test, type Page } from "@playwright/test";
import { startEntraStandIn } from "./entra-standin";
import { advanceDays, outboxIds, readEmail, signInFromOutbox } from "./fixtures";
import { closeTablets, ENTRA_CLIENT_ID, routeGraph, signInOnTablet, tabletWithStandIn } from "./microsoft-tablet";

// Issue 10, item 2: a tablet on Microsoft Graph whose token stops working. The panel says it
// must sign in again and keeps the last known status with its age; the heartbeat carries the
// health; the admin page shows it; one email reaches the organisation's admin; and once the
// schedule is older than the organisation's limit, the finder says "status unknown".

const ORG_ADMIN = "rooms@acme.test";
// A room no other spec signs in to, so its health here is this test's alone.
const ROOM = "Eridanus";
const SHOTS = "test-results/calendar-health";

async function displayAdmin(admin: Page) {
  await admin.goto("/admin/rooms");
  await admin.getByRole("link", { name: ROOM, exact: true }).click();
}

async function shoot(page: Page, url: string, name: string) {
  for (const [label, width, height] of [["1280x800", 1280, 800], ["800x1280", 800, 1280], ["390", 390, 844], ["1920x1080", 1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(url);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
}

test("a tablet that needs a sign-in tells the panel, the admin page, the admins and the finder", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const idp = await startEntraStandIn({ clientId: ENTRA_CLIENT_ID, redirectUris: [`${baseURL}/display/auth-redirect`] });
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, ORG_ADMIN);
  await admin.goto("/admin/rooms");
  await admin.getByLabel(/microsoft application/i).fill(ENTRA_CLIENT_ID);
  await admin.getByLabel(/microsoft tenant/i).fill(idp.tenantId);
  await admin.getByRole("button", { name: /^save$/i }).click();
  await displayAdmin(admin);
  await admin.getByLabel(/^calendar$/i).selectOption("microsoft");
  await admin.getByRole("button", { name: /^save$/i }).click();
  await expect(admin.getByRole("status")).toContainText(/saved/i);
  await admin.getByRole("button", { name: /create a pairing code/i }).click();
  const code = (await admin.getByTestId("pairing-code").textContent())!.trim();
  await admin.goto("/admin/rooms");
  const link = (await admin.getByTestId("finder-link").getAttribute("href"))!;

  // The tablet signs in through the real MSAL against the Entra stand-in and reads Graph's stand-in:
  // a meeting now, until Graph starts answering 401 (the token no longer works).
  const tablet = await tabletWithStandIn(idp, baseURL!);
  await tablet.clock.install();
  await routeGraph(tablet, idp, () => Date.now(), [{ subject: "Quarterly review", startOffsetMs: -10 * 60_000, endOffsetMs: 3 * 3600_000 }]);
  let signedOut = false;
  await tablet.route("https://graph.microsoft.com/**", async (route) => {
    if (!signedOut) return route.fallback();
    return route.fulfill({ status: 401, contentType: "application/json", body: JSON.stringify({ error: { code: "InvalidAuthenticationToken", message: "Lifetime validation failed, the token is expired." } }) });
  });
  const heartbeats: string[] = [];
  tablet.on("request", (request) => {
    if (request.url().startsWith(baseURL!) && request.url().endsWith("/api/display/heartbeat")) heartbeats.push(request.postData() ?? "");
  });
  await tablet.goto("/display");
  await tablet.getByLabel(/pairing code/i).fill(code);
  await tablet.getByRole("button", { name: /^pair$/i }).click();
  await signInOnTablet(tablet, "eridanus@acme.test");
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  await expect.poll(() => heartbeats.at(-1)).toBe('{"occupied":true,"calendarHealth":"ok"}');

  // The token stops working: at the next read (2 minutes on), the panel says a sign-in is needed
  // and keeps "Occupied", marked with the age of its last good read.
  signedOut = true;
  await tablet.clock.fastForward("02:30");
  const alert = tablet.locator(".display-sign-in");
  await expect(alert).toContainText("Sign-in needed");
  await expect(alert).toContainText(/Last known status, from the calendar read \d+\smin ago\./);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  await tablet.clock.fastForward("01:05");
  await expect.poll(() => heartbeats.at(-1)).toBe('{"occupied":true,"calendarHealth":"needs_sign_in"}');

  // A day passes on the server (the dev clock): the next heartbeat makes it an incident, and its
  // schedule is far older than the organisation's limit (60 minutes by default).
  const before = await outboxIds(admin.request);
  await advanceDays(admin.request, 1);
  const sent = heartbeats.length;
  await tablet.clock.fastForward("01:05");
  await expect.poll(() => heartbeats.length).toBeGreaterThan(sent);
  const email = await readEmail(admin.request, ORG_ADMIN, new RegExp(`${ROOM}.*can no longer read its calendar`), before);
  expect(email.text).toMatch(/sign in/i);
  await tablet.clock.fastForward("01:05");
  expect((await outboxIds(admin.request)).size - before.size).toBe(1);

  // The admin page shows the health, in words; the finder shows the room as status unknown.
  await signInFromOutbox(admin, admin.request, ORG_ADMIN);
  await admin.goto("/admin/rooms");
  await expect(admin.getByRole("row", { name: new RegExp(ROOM) })).toContainText(/sign-in needed/i);
  const finder = await (await browser.newContext()).newPage();
  await finder.goto(link);
  await expect(finder.getByRole("row", { name: new RegExp(ROOM) })).toContainText(/status unknown/i);
  await finder.goto(`${link}&view=board`);
  await expect(finder.locator(".status-tile-unknown")).toContainText(ROOM);

  await admin.goto("/admin/rooms?lang=fr");
  await expect(admin.getByRole("row", { name: new RegExp(ROOM) })).toContainText(/connexion nécessaire/i);
  await shoot(admin, "/admin/rooms", "admin-rooms-en");
  await shoot(admin, "/admin/rooms?lang=fr", "admin-rooms-fr");
  await shoot(finder, `${link}&lang=en`, "finder-en");
  await shoot(finder, `${link}&lang=fr`, "finder-fr");
  await shoot(finder, `${link}&view=board&lang=en`, "board-en");
  await shoot(finder, `${link}&view=board&lang=fr`, "board-fr");
  await tablet.screenshot({ path: `${SHOTS}/tablet-sign-in-needed.png` });
  await closeTablets();
  await idp.close();
});
