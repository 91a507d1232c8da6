import { expect, test, type Page, type Request } from "@playwright/test";
import { advanceDays, captureOwnRequests, outboxIds, readEmail, signInFromOutbox } from "./fixtures";
import { startGisStandIn, type GisStandIn } from "./gis-standin";
import { googleTablet, GOOGLE_CLIENT_ID, routeGoogleCalendar, tapSignIn, type CalendarCall } from "./google-tablet";
import { closeTablets } from "./kiosk-tablet";

// Google Calendar on a room display, with Google Identity Services' token model against a
// stand-in at Google's own URLs and a browser's pop-up rule on (google-tablet.ts): a person's tap opens Google's
// pop-up; each hour the tablet asks again with prompt=none, which works unattended only where
// pop-ups are allowed for our origin (the kiosk setting docs/calendar-setup.md asks for), and
// needs a person every hour otherwise. When Google says no, the panel says "Sign-in needed",
// keeps its last known status with its age, the heartbeat, the admin page and one email say so,
// and a tap signs it in again. No request to our origin ever carries a token or a meeting.

const HOUR = 3600_000;
const MEETING = { summary: "Supplier negotiation, strictly confidential", startOffsetMs: -HOUR, endOffsetMs: 40 * HOUR };

let gis: GisStandIn;

test.afterEach(async () => closeTablets());

async function setUpGoogleRoom(admin: Page, room: string, lang: "en" | "fr", labels: { clientId: RegExp; save: RegExp; calendar: RegExp; createCode: RegExp }) {
  await admin.goto(`/admin/rooms?lang=${lang}`);
  await admin.getByLabel(labels.clientId).fill(GOOGLE_CLIENT_ID);
  await admin.locator("form[action^='/admin/rooms/settings']").getByRole("button", { name: labels.save }).click();
  await expect(admin.getByRole("status")).toBeVisible();
  await expect(admin.getByLabel(labels.clientId)).toHaveValue(GOOGLE_CLIENT_ID);
  await admin.getByRole("link", { name: room, exact: true }).click();
  await admin.getByLabel(labels.calendar).selectOption("google");
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
      gis.advance(ms);
      offset += ms;
      await page.clock.fastForward(ms);
    },
  };
}

/** Whether `happened` comes true within `ms` of real time. */
async function within(ms: number, happened: () => boolean): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (happened()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return happened();
}

async function expectNothingReachedUs(requests: Request[]) {
  expect(requests.length).toBeGreaterThan(0);
  expect(gis.issued.size).toBeGreaterThan(0);
  for (const request of requests) {
    const text = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ""].join("\n");
    for (const secret of [...gis.issued, MEETING.summary]) expect(text.includes(secret), `${request.method()} ${request.url()} carries a token or the meeting`).toBe(false);
  }
}

/** The panel with its sign-in box, the fullest it gets: no scroll, nothing cut off, the box above the fold. */
async function expectFitsTheScreen(page: Page, name: string) {
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: test.info().outputPath(`${name}-${width}x${height}.png`) });
  const fit = await page.evaluate(() => {
    const panel = document.querySelector(".display-panel")!;
    const box = document.querySelector(".display-sign-in")!.getBoundingClientRect();
    return { page: document.scrollingElement!.scrollHeight - innerHeight, panel: panel.scrollHeight - panel.clientHeight, signInBelowFold: box.bottom - innerHeight };
  });
  expect(fit, `${name} at ${width}×${height}`).toEqual({ page: 0, panel: 0, signInBelowFold: expect.any(Number) });
  expect(fit.signInBelowFold, `${name} at ${width}×${height}: the sign-in box is above the fold`).toBeLessThanOrEqual(0);
}

const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 800, height: 1280 }, { width: 390, height: 844 }, { width: 1920, height: 1080 }];

test("with pop-ups allowed, a tablet signed in to Google once renews alone each hour; revoked, everyone hears, and a tap signs it in again", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const room = "Fornax";
  const account = "fornax@acme.test";
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, "rooms@acme.test");
  const code = await setUpGoogleRoom(admin, room, "en", { clientId: /google oauth client id/i, save: /^save$/i, calendar: /^calendar$/i, createCode: /create a pairing code/i });

  gis = startGisStandIn({ clientId: GOOGLE_CLIENT_ID, origins: [new URL(baseURL!).origin], account });
  const { context, page: tablet } = await googleTablet(baseURL!, { popupsAllowed: true });
  await gis.route(context, tablet);
  await tablet.clock.install();
  const clock = tabletClock(tablet);
  const reads: CalendarCall[] = await routeGoogleCalendar(tablet, gis, clock.now, [MEETING]);
  const sent = captureOwnRequests(tablet, baseURL!);
  const heartbeats: string[] = [];
  tablet.on("request", (request) => {
    if (request.url() === `${baseURL}/api/display/heartbeat`) heartbeats.push(request.postData() ?? "");
  });
  await tablet.goto("/display");
  await tablet.getByLabel(/pairing code/i).fill(code);
  await tablet.getByRole("button", { name: /^pair$/i }).click();

  // Never signed in: one silent request (Google has no session yet), nothing read, a person asked for.
  const alert = tablet.locator(".display-sign-in");
  // The silent request's pop-up loads and answers first (seconds on a loaded machine).
  await expect(alert).toContainText("Sign-in needed", { timeout: 20_000 });
  await expect(alert).toContainText("has not been read yet");
  await expect(tablet.locator(".display-status-word")).toContainText("Status unknown");
  expect(gis.calls.script).toBe(1);
  expect(gis.calls.silentRefused).toBeGreaterThanOrEqual(1);
  expect(reads).toHaveLength(0);

  // The tap opens Google's pop-up (no timer: the browser's blocker lets it through), the person
  // continues as the room's account, and the panel reads at once.
  await tapSignIn(tablet, /^sign in with google$/i, account);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  await expect(tablet.getByText(MEETING.summary)).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(gis.calls.interactive).toBe(1);

  // Each hour the token ends; the tablet asks Google again with prompt=none and keeps reading, alone.
  const accepted = () => reads.filter((r) => r.accepted).length;
  const tabletAsked = () => reads.length + gis.calls.silentGranted + gis.calls.silentRefused;
  for (let hour = 1; hour <= 3; hour++) {
    const before = accepted();
    const asked = tabletAsked();
    await clock.walk(HOUR);
    // The stand-in counts a read as it arrives, a moment before the panel has taken the answer and
    // set the timer for its next read (2 minutes on): an hour jumped in that moment fires nothing.
    // So when the tablet does nothing at all for 3 s, walk on to the read that timer is for. Never
    // while it asks Google or reads: walking then could run out a silent request's own wait.
    for (let extra = 0; extra < 3; extra++) {
      if (await within(3_000, () => tabletAsked() > asked)) break;
      await clock.walk(2 * 60_000);
    }
    await expect.poll(accepted, { message: `a read with a valid token after ${hour} h`, timeout: 15_000 }).toBeGreaterThan(before);
    expect(reads.at(-1)!.accepted).toBe(true);
  }
  expect(gis.calls.silentGranted).toBeGreaterThanOrEqual(3);
  expect(gis.calls.interactive).toBe(1);
  expect(new Set(reads.map((r) => r.token)).size).toBeGreaterThanOrEqual(4);
  await expect.poll(() => heartbeats.at(-1)).toBe('{"occupied":true,"calendarHealth":"ok"}');

  // An admin ends the account's Google session: Calendar refuses the token, Google refuses a new one.
  gis.revokeSessions();
  await clock.walk(2.5 * 60_000);
  await expect(alert).toContainText("Sign-in needed");
  await expect(alert.getByRole("button", { name: "Sign in with Google" })).toBeVisible();
  await expect(alert).toContainText(/Last known status, from the calendar read \d+\smin ago\./);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupied/i);
  await tablet.clock.fastForward("01:05");
  await expect.poll(() => heartbeats.at(-1)).toBe('{"occupied":true,"calendarHealth":"needs_sign_in"}');
  for (const viewport of VIEWPORTS) {
    await tablet.setViewportSize(viewport);
    await expectFitsTheScreen(tablet, "google-sign-in-needed-en");
  }
  await tablet.setViewportSize({ width: 1280, height: 800 });

  // Past the incident's 10 minutes (a day on the server's clock): one email to the organisation's admin.
  const before = await outboxIds(admin.request);
  await advanceDays(admin.request, 1);
  await tablet.clock.fastForward("01:05");
  const email = await readEmail(admin.request, "rooms@acme.test", new RegExp(`${room}.*can no longer read its calendar`), before);
  expect(email.text).toMatch(/sign in/i);
  await tablet.clock.fastForward("01:05");
  expect((await outboxIds(admin.request)).size - before.size).toBe(1);
  await signInFromOutbox(admin, admin.request, "rooms@acme.test");
  await admin.goto("/admin/rooms");
  await expect(admin.getByRole("row", { name: new RegExp(room) })).toContainText(/sign-in needed/i);

  // A person taps again: Google asks for the account (its session was ended), the panel reads, health is ok.
  await tapSignIn(tablet, /^sign in with google$/i, account);
  await expect(alert).toHaveCount(0);
  await expect(tablet.getByText(MEETING.summary)).toBeVisible();
  expect(reads.at(-1)!.accepted).toBe(true);
  await tablet.clock.fastForward("00:10");
  await expect.poll(() => heartbeats.at(-1)).toBe('{"occupied":true,"calendarHealth":"ok"}');
  expect(gis.calls.interactive).toBe(2);
  expect(gis.calls.refused).toEqual([]);
  await expectNothingReachedUs(sent);
});

test("without pop-ups allowed, a French tablet asks for a person when its Google hour ends, and one tap is enough", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const room = "Loire";
  const account = "loire@globex.test";
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, "salles@globex.test");
  const code = await setUpGoogleRoom(admin, room, "fr", { clientId: /identifiant de client oauth google/i, save: /^enregistrer$/i, calendar: /^calendrier$/i, createCode: /créer un code d’appairage/i });

  gis = startGisStandIn({ clientId: GOOGLE_CLIENT_ID, origins: [new URL(baseURL!).origin], account });
  const { context, page: tablet } = await googleTablet(baseURL!, { popupsAllowed: false, viewport: { width: 800, height: 1280 } });
  await gis.route(context, tablet);
  await tablet.clock.install();
  const clock = tabletClock(tablet);
  const reads = await routeGoogleCalendar(tablet, gis, clock.now, [MEETING]);
  const sent = captureOwnRequests(tablet, baseURL!);
  await tablet.goto("/display?lang=fr");
  await tablet.getByLabel(/code d’appairage/i).fill(code);
  await tablet.getByRole("button", { name: /^appairer$/i }).click();

  const alert = tablet.locator(".display-sign-in");
  await expect(alert).toContainText("Connexion requise", { timeout: 20_000 });
  await expect(alert).toContainText("n’a pas encore été lu");
  expect(gis.calls.silentGranted).toBe(0);
  await expectFitsTheScreen(tablet, "google-never-read-fr");

  await tapSignIn(tablet, /^se connecter avec google$/i, account);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupée/i);
  await expect(alert).toHaveCount(0);
  const reachedGoogle = () => gis.calls.silentGranted + gis.calls.silentRefused + gis.calls.interactive;
  const afterTap = reachedGoogle();

  // 58 minutes on: the renewal's pop-up comes from a timer, so the browser blocks it before Google
  // sees it; the token has minutes left and stays in use…
  await clock.walk(58 * 60_000);
  await expect.poll(() => reads.filter((r) => r.accepted).length).toBeGreaterThan(1);
  await expect(alert).toHaveCount(0);
  expect(reachedGoogle()).toBe(afterTap);
  // …until it ends: then only a person can help, and the panel says so with the age of its status.
  await clock.walk(3 * 60_000);
  await expect(alert).toContainText("Connexion requise");
  await expect(alert.getByRole("button", { name: "Se connecter avec Google" })).toBeVisible();
  await expect(alert).toContainText(/Dernier état connu, d’après le calendrier lu il y a \d+\smin\./);
  await expect(tablet.locator(".display-status-word")).toContainText(/occupée/i);
  for (const viewport of VIEWPORTS) {
    await tablet.setViewportSize(viewport);
    await expectFitsTheScreen(tablet, "google-sign-in-needed-fr");
  }
  await tablet.setViewportSize({ width: 800, height: 1280 });

  // The tap: Google's session and consent still stand, so its pop-up answers and closes by itself.
  const readsBefore = reads.length;
  await tapSignIn(tablet, /^se connecter avec google$/i, null);
  await expect(alert).toHaveCount(0);
  await expect.poll(() => reads.length).toBeGreaterThan(readsBefore);
  expect(reads.at(-1)!.accepted).toBe(true);
  expect(gis.calls.interactive).toBe(1);
  await expectNothingReachedUs(sent);
});
