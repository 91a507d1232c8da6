import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible, signInFromOutbox } from "./fixtures";

// Issue 9, point 6. Under quarter-hour reporting (Globex keeps the default), what a tablet sends
// changes only at :00, :15, :30 and :45, even when the room changes in between; the panel still
// shows the truth. The tablet's clock is Playwright's: the dev clock (/dev/clock) moves the
// server's time by whole days, and what is under test here is the tablet's own clock.

const GLOBEX_ADMIN = "salles@globex.test";
// Monday 23 November 2026, 08:57 in Paris: three minutes before the demo schedule's 09:00 meeting.
const START = new Date("2026-11-23T07:57:00Z");
const QUARTER_HOUR_MS = 15 * 60_000;
const STEP_MS = 15_000;

async function seineRow(request: APIRequestContext, link: string): Promise<string | null> {
  const html = await (await request.get(link)).text();
  return /<tr[^>]*data-status="([a-z]+)"[^>]*><th scope="row">Seine<\/th>/.exec(html)?.[1] ?? null;
}

/** The tablet's clock as the page sees it. */
const tabletNow = (page: Page) => page.evaluate(() => Date.now());

test("with quarter-hour reporting, a tablet's heartbeats change only at quarter-hour boundaries", async ({ browser, baseURL }) => {
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, GLOBEX_ADMIN);

  // The default is the private choice, and saving the form keeps it.
  await admin.goto("/admin/rooms?lang=fr");
  const quarterHour = admin.getByLabel("Au quart d’heure (recommandé)");
  await expect(quarterHour).toBeChecked();
  await expect(admin.getByLabel("Immédiatement")).not.toBeChecked();
  await quarterHour.check();
  await admin.locator("form[action^='/admin/rooms/settings']").getByRole("button", { name: "Enregistrer" }).click();
  await expect(admin.getByRole("status")).toHaveText("Enregistré.");
  await expect(admin.getByLabel("Au quart d’heure (recommandé)")).toBeChecked();
  await expectAccessible(admin);
  const link = (await admin.getByTestId("finder-link").getAttribute("href"))!;

  // Seine releases a meeting nobody checked in to after 7 minutes: a change between boundaries.
  await admin.getByRole("link", { name: "Seine", exact: true }).click();
  await admin.getByLabel(/libérer la salle/i).fill("7");
  await admin.getByRole("button", { name: "Enregistrer" }).click();
  await expect(admin.getByRole("status")).toHaveText("Enregistré.");
  await admin.getByRole("button", { name: /créer un code d’appairage/i }).click();
  const code = (await admin.getByTestId("pairing-code").textContent())!.trim();

  const tablet = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await tablet.clock.install({ time: START });
  await tablet.goto("/display?lang=fr");
  await tablet.getByLabel(/code d’appairage/i).fill(code);
  await tablet.getByRole("button", { name: /appairer/i }).click();
  await expect(tablet.locator(".display-room")).toHaveText("Seine");
  await expect(tablet.locator(".display-status-word")).toContainText("Libre");

  // From 08:58 the tablet's time moves only when the test says, 15 seconds at a time; each
  // heartbeat is tagged with the end of the step it was sent in.
  await tablet.clock.pauseAt(new Date(START.getTime() + 60_000));
  const sent: { at: number; occupied: boolean }[] = [];
  let stepEnd = await tabletNow(tablet);
  tablet.on("request", (request) => {
    if (!request.url().startsWith(baseURL!) || !request.url().endsWith("/api/display/heartbeat")) return;
    expect(request.postData()).toMatch(/^\{"occupied":(true|false),"calendarHealth":"(ok|stale|needs_sign_in|error)"\}$/);
    sent.push({ at: stepEnd, occupied: request.postData()!.startsWith('{"occupied":true,') });
  });
  const runTo = async (until: number) => {
    while (stepEnd < until) {
      stepEnd += STEP_MS;
      await tablet.clock.runFor(STEP_MS);
      await tablet.waitForTimeout(40);
    }
  };
  const paris = (time: string) => Date.parse(`2026-11-23T${time}+01:00`);

  await runTo(paris("09:01:00"));
  await expect(tablet.locator(".display-status-word")).toContainText("Occupée");

  // 09:07: nobody checked in, so the panel frees the room at once (the room declines the meeting
  // in its calendar, here the demo calendar on the tablet, so the panel shows it free); the server
  // is not told yet.
  await runTo(paris("09:07:30"));
  await expect(tablet.locator(".display-status-word")).toContainText("Libre");
  await runTo(paris("09:14:30"));
  await expect(tablet.locator(".display-status-word")).toContainText("Libre");
  await expect.poll(() => seineRow(admin.request, link)).toBe("occupied");

  // 09:15: the next quarter hour, and the finder hears it.
  await runTo(paris("09:16:00"));
  await expect.poll(() => seineRow(admin.request, link)).toBe("available");

  // Every change in what the tablet said fell on a quarter-hour boundary (sent on the first
  // 5-second tick after it, so within the step that ends on it or the next one).
  await tablet.waitForTimeout(200);
  const changes = sent.filter((beat, i) => i === 0 || beat.occupied !== sent[i - 1]!.occupied);
  const late = (at: number) => ((at % QUARTER_HOUR_MS) + QUARTER_HOUR_MS) % QUARTER_HOUR_MS;
  expect(changes.map((c) => c.occupied)).toEqual([false, true, false]);
  for (const change of changes.slice(1)) expect([0, STEP_MS], new Date(change.at).toISOString()).toContain(late(change.at));
  expect(changes[1]!.at).toBeGreaterThanOrEqual(paris("09:00:00"));
  expect(changes[2]!.at).toBeGreaterThanOrEqual(paris("09:15:00"));
  // And the tablet went on reporting in between: once a minute, the same answer.
  const between = sent.filter((b) => b.at > paris("09:07:00") && b.at < paris("09:15:00"));
  expect(between.length).toBeGreaterThanOrEqual(7);
  expect(between.every((b) => b.occupied)).toBe(true);
});

test("/privacy says what the servers learn, in English and French, without JavaScript, linked from every page", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/subprocessors");
  await page.getByRole("contentinfo").getByRole("link", { name: /privacy/i }).click();
  await expect(page).toHaveURL(/\/privacy\?lang=en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy: what Roomtrust learns and keeps");
  await expect(page.getByRole("main")).toContainText("never sends us a meeting’s subject, organiser or attendees");
  await expect(page.getByRole("main")).toContainText("Every quarter hour");
  await expect(page.getByRole("main")).toContainText("to within 15 minutes");

  await page.getByRole("link", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confidentialité : ce que Roomtrust apprend et conserve");
  await expect(page.getByRole("main")).toContainText("Au quart d’heure");
  await expect(page.getByRole("main")).not.toContainText("Every quarter hour");

  // A French browser gets French, and the room finder's footer links here too.
  const french = await (await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false })).newPage();
  await french.goto("/privacy");
  await expect(french.getByRole("heading", { level: 1 })).toContainText("Confidentialité");
  await french.goto("/subprocessors?lang=fr");
  await expect(french.getByRole("contentinfo").getByRole("link", { name: /confidentialité/i })).toHaveAttribute("href", "/privacy?lang=fr");

  const checked = await (await browser.newContext()).newPage();
  for (const lang of ["en", "fr"]) {
    await checked.goto(`/privacy?lang=${lang}`);
    await expectAccessible(checked);
  }
});
