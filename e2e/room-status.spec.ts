import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { startEntraStandIn } from "./entra-standin";
import { captureOwnRequests, expectAccessible, signInFromOutbox } from "./fixtures";
import { closeTablets, ENTRA_CLIENT_ID, signInOnTablet, tabletWithStandIn } from "./microsoft-tablet";

// The room half, as people use it: an organisation admin pairs a tablet, the tablet reads its
// room's calendar on the device and reports only occupied/available, and a room-finder page in
// another browser sees the change live. Every request a display sends to our origin is captured:
// none may carry a meeting's subject, attendees or times.

const ORG_ADMIN = "rooms@acme.test";
// Monday 23 November 2026, 08:58 in Paris (the demo rooms' time zone): two minutes before the
// demo schedule's 09:00 meeting.
const BEFORE_NINE = new Date("2026-11-23T07:58:00Z");

/** A display's configuration page for the given room, from the rooms admin list. */
async function openDisplayAdmin(admin: Page, room: string) {
  await admin.goto("/admin/rooms");
  await admin.getByRole("link", { name: room, exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(room);
}

async function createPairingCode(admin: Page, room: string): Promise<string> {
  await openDisplayAdmin(admin, room);
  await admin.getByRole("button", { name: /create a pairing code/i }).click();
  return (await admin.getByTestId("pairing-code").textContent())!.trim();
}

async function finderLink(admin: Page): Promise<string> {
  await admin.goto("/admin/rooms");
  return (await admin.getByTestId("finder-link").getAttribute("href"))!;
}

/** Fails if any captured request carries one of the calendar's facts, in its URL, headers or body. */
async function expectNoMeetingFacts(requests: Request[], facts: string[]) {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const text = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ""].join("\n").toLowerCase();
    for (const fact of facts) expect(text, `${request.method()} ${request.url()} carries "${fact}"`).not.toContain(fact.toLowerCase());
  }
  const heartbeats = requests.filter((r) => r.url().endsWith("/api/display/heartbeat"));
  expect(heartbeats.length).toBeGreaterThan(0);
  for (const heartbeat of heartbeats) expect(heartbeat.postData()).toMatch(/^\{"occupied":(true|false),"calendarHealth":"(ok|stale|needs_sign_in|error)"\}$/);
}

async function pairTablet(browser: Browser, code: string, init?: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await init?.(page);
  await page.goto("/display");
  await page.getByLabel(/pairing code/i).fill(code);
  await page.getByRole("button", { name: /^pair$/i }).click();
  return page;
}

test("an admin pairs a display; it turns occupied from its demo calendar and a finder sees it live", async ({ browser, baseURL }) => {
  const { DEMO_MEETINGS } = await import("../workers/domain/demo-schedule");
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, ORG_ADMIN);
  await expect(admin).toHaveURL(/\/admin\/rooms/);
  await expectAccessible(admin);
  const link = await finderLink(admin);
  const code = await createPairingCode(admin, "Borealis");
  await expectAccessible(admin);

  // The room finder, in another browser, before anything happens: Borealis is offline.
  const finder = await (await browser.newContext()).newPage();
  await finder.goto(link);
  const row = finder.getByRole("row", { name: /Borealis/ });
  await expect(row).toContainText(/offline/i);
  await expect(finder.locator("[data-live-state=live]")).toBeVisible();
  await expectAccessible(finder);

  // The tablet, with its clock two minutes before the demo schedule's first meeting.
  const tablet = await pairTablet(browser, code, async (page) => {
    await page.clock.install({ time: BEFORE_NINE });
  });
  const sent = captureOwnRequests(tablet, baseURL!);
  await expect(tablet.locator(".display-room")).toHaveText("Borealis");
  await expect(tablet.locator(".display-status-word")).toContainText(/available/i);
  await expect(tablet.getByText(DEMO_MEETINGS[0]!.subject!)).toBeVisible();
  await expect(row).toContainText(/available/i);

  // 09:00 comes: the tablet turns occupied and tells the server; the finder changes without a reload.
  await tablet.clock.fastForward("03:00");
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  await expect(tablet.locator(".display-status-detail")).toContainText("10:30");
  await expect(row).toContainText(/occupied/i, { timeout: 10_000 });
  await expectAccessible(tablet);
  await finder.goto(`${link}&view=board`);
  // Other specs may leave other rooms occupied: look for this room's tile among the occupied ones.
  await expect(finder.locator(".status-tile-occupied", { hasText: "Borealis" })).toHaveCount(1);
  await expectAccessible(finder);

  // The network drops: the panel keeps its state from the saved schedule and says it is offline;
  // when the network returns, it reports again.
  await tablet.context().setOffline(true);
  await tablet.clock.fastForward("01:05");
  await expect(tablet.locator(".display-offline")).toContainText(/offline/i);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  await tablet.context().setOffline(false);
  const reported = tablet.waitForRequest((r) => r.url().endsWith("/api/display/heartbeat"));
  await tablet.clock.fastForward("01:05");
  await reported;
  await expect(tablet.locator(".display-offline")).toHaveCount(0);

  // The privacy promise: nothing the display sent us carries a meeting fact.
  const facts = DEMO_MEETINGS.flatMap((m) => [m.subject ?? "", m.start, m.end]).filter(Boolean);
  await expectNoMeetingFacts(sent, facts);
});

test("a Microsoft 365 room calendar, read through Graph on the device, drives the same status", async ({ browser, baseURL }) => {
  // Signed in once on the tablet, through the real MSAL against a local Entra stand-in (e2e/entra-standin.ts).
  const idp = await startEntraStandIn({ clientId: ENTRA_CLIENT_ID, redirectUris: [`${baseURL}/display/auth-redirect`] });
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, ORG_ADMIN);
  // The organisation's Entra app (public client id) and the room's calendar source.
  await admin.goto("/admin/rooms");
  await admin.getByLabel(/microsoft application/i).fill(ENTRA_CLIENT_ID);
  await admin.getByLabel(/microsoft tenant/i).fill(idp.tenantId);
  await admin.getByRole("button", { name: /^save$/i }).click();
  await openDisplayAdmin(admin, "Cassiopeia");
  await admin.getByLabel(/^calendar$/i).selectOption("microsoft");
  await admin.getByRole("button", { name: /^save$/i }).click();
  await expect(admin.getByRole("status")).toContainText(/saved/i);
  const code = await createPairingCode(admin, "Cassiopeia");

  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "0000").replace(/\.(\d{3})0000$/, ".$10000");
  const meeting = { subject: "Board meeting about Project Falcon", organizer: "ceo@acme.test", attendee: "cfo@acme.test", start: iso(now - 10 * 60_000), end: iso(now + 50 * 60_000) };
  const graphCalls: { url: string; auth: string | undefined; prefer: string | undefined }[] = [];

  const tablet = await tabletWithStandIn(idp, baseURL!);
  const sent = captureOwnRequests(tablet, baseURL!);
  await tablet.route("https://graph.microsoft.com/**", async (route) => {
    const request = route.request();
    graphCalls.push({ url: request.url(), auth: request.headers().authorization, prefer: request.headers().prefer });
    await route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('cassiopeia%40acme.test')/calendarView(subject,start,end,isAllDay,sensitivity,showAs,isCancelled,responseStatus)",
        value: [
          {
            "@odata.etag": 'W/"DwAAABYAAAB"',
            id: "AAMkAGI2TG93AAA=",
            subject: meeting.subject,
            isAllDay: false,
            isCancelled: false,
            sensitivity: "normal",
            showAs: "busy",
            responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
            start: { dateTime: meeting.start, timeZone: "UTC" },
            end: { dateTime: meeting.end, timeZone: "UTC" },
            organizer: { emailAddress: { name: "CEO", address: meeting.organizer } },
            attendees: [{ type: "required", emailAddress: { name: "CFO", address: meeting.attendee } }],
          },
        ],
      }),
    });
  });
  await tablet.goto("/display");
  await tablet.getByLabel(/pairing code/i).fill(code);
  await tablet.getByRole("button", { name: /^pair$/i }).click();
  await signInOnTablet(tablet, "cassiopeia@acme.test");
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  await expect(tablet.getByText(meeting.subject)).toBeVisible();
  expect(graphCalls[0]!.url).toContain("/users/cassiopeia%40acme.test/calendarView");
  expect(decodeURIComponent(graphCalls[0]!.url)).toContain("$select=subject,start,end");
  expect(idp.acceptsAccessToken(graphCalls[0]!.auth!.replace(/^Bearer /, ""))).toBe(true);
  expect(graphCalls[0]!.prefer).toContain('outlook.timezone="UTC"');

  // A finder with JavaScript off (an old lobby screen) sees it after a reload.
  const link = await finderLink(admin);
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await expect.poll(async () => {
    await plain.goto(link);
    return plain.getByRole("row", { name: /Cassiopeia/ }).textContent();
  }).toMatch(/occupied/i);

  await tablet.waitForTimeout(500);
  await expectNoMeetingFacts(sent, [meeting.subject, meeting.organizer, meeting.attendee, meeting.start.slice(0, 16), meeting.end.slice(0, 16), ...idp.issued, "Falcon"]);
  await closeTablets();
  await idp.close();
});

test("the room finder works with JavaScript off: filters are a plain form, and a lobby board", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, ORG_ADMIN);
  const link = await finderLink(admin);
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Acme Offices");
  // Other specs add displays of their own to Acme: the board is held to the rooms there are now.
  const rooms = await page.locator("tbody th").count();
  expect(rooms).toBeGreaterThanOrEqual(6);
  await page.getByLabel(/at least this many seats/i).fill("10");
  await page.getByRole("button", { name: /^show$/i }).click();
  await expect(page).toHaveURL(/capacity=10/);
  const names = await page.locator("tbody th").allTextContents();
  expect(names.sort()).toEqual(["Cassiopeia", "Eridanus"]);
  await page.getByLabel(/equipment/i).selectOption("whiteboard");
  await page.getByRole("button", { name: /^show$/i }).click();
  expect(await page.locator("tbody th").allTextContents()).toEqual(["Cassiopeia"]);
  // The status board keeps the filters in force (issue 16): the one room they leave.
  await page.getByRole("link", { name: /status board/i }).click();
  await expect(page).toHaveURL(/view=board/);
  await expect(page.locator(".status-tile")).toHaveCount(1);
  await expect(page.locator(".status-tile")).toContainText("Cassiopeia");
  // Without filters, the board shows every room the finder lists.
  await page.goto(`${link}&view=board`);
  await expect(page.locator(".status-tile")).toHaveCount(rooms);

  // Another organisation's rooms cannot be reached with this key, and a wrong key shows nothing.
  const key = new URL(link, "http://x").searchParams.get("key");
  const foreign = await page.goto(`/rooms/globex?key=${key}`);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole("main")).not.toContainText(/Seine|Marne|Loire/);
  expect((await page.goto("/rooms/acme?key=wrong"))?.status()).toBe(404);
});

test("CSV import reports bad lines by number and imports nothing until all are right", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, ORG_ADMIN);
  await admin.goto("/admin/rooms");
  const before = await admin.locator("tbody tr").count();
  await admin.getByRole("link", { name: /import from csv/i }).click();
  await expectAccessible(admin);
  const suffix = Date.now() % 100000;
  await admin.getByLabel(/csv text/i).fill(`name,roomEmail,capacity,floor\nLyra ${suffix},lyra@acme.test,6,4\nVega ${suffix},not-an-email,6,4\nDeneb ${suffix},deneb@acme.test,lots,4\n`);
  await admin.getByRole("button", { name: /check and import/i }).click();
  const errors = admin.getByRole("alert");
  await expect(errors).toContainText("line 3");
  await expect(errors).toContainText("line 4");
  await expect(errors).not.toContainText("line 2");
  await admin.goto("/admin/rooms");
  expect(await admin.locator("tbody tr").count()).toBe(before);

  await admin.getByRole("link", { name: /import from csv/i }).click();
  await admin.getByLabel(/csv text/i).fill(`name,roomEmail,capacity,floor,equipment\nLyra ${suffix},lyra@acme.test,6,4,screen;video\nVega ${suffix},vega@acme.test,3,4,\n`);
  await admin.getByRole("button", { name: /check and import/i }).click();
  await expect(admin.getByRole("status")).toContainText(/2 displays imported/i);
  expect(await admin.locator("tbody tr").count()).toBe(before + 2);
});

test("a French organisation's admin is told what is wrong in French, in the form and in a CSV import", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, "salles@globex.test");
  await admin.goto("/admin/rooms/import?lang=fr");
  await admin.getByLabel(/texte csv/i).fill("name,roomEmail,capacity\nRhône,rhone@globex.test,4\nRhône,rhone2@globex.test,4\nSaône,saone@globex.test,beaucoup\n");
  await admin.getByRole("button", { name: /vérifier et importer/i }).click();
  const errors = admin.getByRole("alert");
  await expect(errors).toContainText("ligne 3 : name : « Rhône » figure aussi à la ligne 2.");
  await expect(errors).toContainText("ligne 4 : capacity : la capacité est un nombre entier de places, de 1 à 2 000.");
  await expect(errors).not.toContainText(/Capacity is|is also on line/);
  await expectAccessible(admin);

  await admin.goto("/admin/rooms/new?lang=fr");
  await admin.getByLabel(/nom de l’écran/i).fill("Garonne");
  await admin.getByLabel(/adresse du calendrier/i).fill("garonne@globex.test");
  await admin.getByLabel(/capacité/i).fill("0");
  await admin.getByLabel(/heures ouvrées/i).fill("18:00-08:00");
  await admin.getByRole("button", { name: /ajouter/i }).click();
  // The summary says what did not happen, as a heading; each problem also stands beside its field.
  await expect(admin.getByRole("alert", { name: "L’écran n’a pas été enregistré" }).getByRole("link", { name: /capacité/i })).toHaveAttribute("href", "#capacity");
  await expect(admin.locator("#capacity-error")).toHaveText("La capacité est un nombre entier de places, de 1 à 2 000.");
  await expect(admin.locator("#businessHours-error")).toHaveText("Indiquez des heures comme 08:00-18:00 (début avant fin).");
  await expect(admin.getByLabel(/capacité/i)).toHaveAttribute("aria-invalid", "true");
});

test("a display without a valid pairing code is told what to do; the panel pages are accessible in French", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await page.goto("/display?lang=fr");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/appairer/i);
  await expectAccessible(page);
  await page.getByLabel(/code d’appairage/i).fill("ZZZ-999");
  await page.getByRole("button", { name: /appairer/i }).click();
  await expect(page.locator("#pair-error")).toContainText(/pas valide ou a expiré/i);
});

test("the tablets' API refuses bad input with a clear 4xx and changes nothing", async ({ request }) => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    request.post(path, { data: body, headers: { "content-type": "application/json", ...headers } });
  const errorOf = async (response: Awaited<ReturnType<typeof post>>) => ({ status: response.status(), body: (await response.json()) as { error: { code: string; message: string } } });

  const noToken = await errorOf(await post("/api/display/heartbeat", '{"occupied":true}'));
  expect(noToken.status).toBe(401);
  expect(noToken.body.error.message).toMatch(/not paired/i);
  expect((await errorOf(await post("/api/display/heartbeat", '{"occupied":true}', { authorization: "Bearer not.a.token" }))).status).toBe(401);
  expect((await errorOf(await post("/api/display/heartbeat", "occupied=true", { "content-type": "application/x-www-form-urlencoded", authorization: "Bearer x" }))).status).toBe(415);
  expect((await errorOf(await post("/api/display/heartbeat", `{"occupied":true,"pad":"${"x".repeat(4000)}"}`, { authorization: "Bearer x" }))).status).toBe(413);
  expect((await errorOf(await post("/api/display/heartbeat", "{not json", { authorization: "Bearer x" }))).status).toBe(400);
  expect((await errorOf(await post("/api/display/pair", '{"code":"<script>"}'))).body.error.code).toBe("validation_failed");
  expect((await errorOf(await post("/api/display/pair", '{"code":"ABC-DEF","subject":"Board meeting"}'))).status).toBe(400);
  expect((await request.get("/api/display/heartbeat")).status()).toBe(405);
});

test("utilisation: a heatmap and a table from the snapshots, and a CSV export", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, ORG_ADMIN);
  await admin.goto("/admin/rooms");
  await admin.getByRole("link", { name: /utilisation/i }).first().click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(/utilisation/i);
  // The demo's two weeks of snapshots were seeded when the suite's server started; specs before
  // this one move the shared dev clock on by weeks (a notice's 30 days), so ask for the year.
  await admin.getByRole("combobox", { name: "Period" }).selectOption({ label: "365 days" });
  await admin.getByRole("button", { name: "Show" }).click();
  await expect(admin).toHaveURL(/days=365/);
  await expect(admin.getByRole("table", { name: /by hour of the week/i })).toBeVisible();
  await expect(admin.getByRole("row", { name: /Fornax/ })).toContainText(/often offline/i);
  await expectAccessible(admin);
  const csv = await admin.request.get("/admin/rooms/analytics.csv?days=365");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const [header, ...rows] = (await csv.text()).trim().split("\r\n");
  expect(header!.split(",")).toHaveLength(7 + 168);
  const names = rows.map((row) => row.split(",")[1]);
  expect(names).toEqual(expect.arrayContaining(["Atlas", "Borealis", "Cassiopeia", "Draco", "Eridanus", "Fornax"]));
  expect(names).not.toContain("Seine"); // another organisation's room
});
