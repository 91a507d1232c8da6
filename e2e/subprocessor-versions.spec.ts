import { expect, test, type Page } from "@playwright/test";
import { frenchTypographyProblems } from "../app/_lib/i18n/french-typography";
import { advanceDays, expectAccessible, signInFromOutbox } from "./fixtures";
import { expectFollowsItsSchema } from "./json-schema";

/** The page's French text keeps French typography (the checker the other French pages pass). */
async function expectFrenchTypography(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(frenchTypographyProblems(await page.locator("body").innerText())).toEqual([]);
}

// This spec moves the application clock 13 days on. The suite runs its files in name order on one
// server, and the room-status spec reads the demo's last 28 days of snapshots: named
// subprocessor-versions, this one runs after it (issue 12 §1–2: periods and versions).
const ADMIN = "admin@roomtrust.test";

// Issue 12 §1–2 and issue 16, as the vendor admin and a reader live them: the admin sets shorter
// periods, a too-early publish stays on the form with a proposal, the change takes effect on the
// periods it was published with, and the list gets a new numbered version with its diff.
test("the admin changes the notice period, publishes, the change takes effect and the new version shows its diff", async ({ page, request }) => {
  test.setTimeout(120_000);
  const name = `Periodic Support ${Date.now() % 100000}`;
  const versionsBefore = (await (await request.get("/subprocessors.json")).json()).version as number | null;

  await signInFromOutbox(page, request, ADMIN);
  await page.goto("/admin/settings");
  await expectAccessible(page);
  await expectFrenchTypography(page, "/admin/settings?lang=fr");
  await page.goto("/admin/settings");

  // Below the deployment's floor: refused beside the field, with what was typed kept.
  await page.getByLabel(/^notice period/i).fill("5");
  await page.getByRole("button", { name: /save the periods/i }).click();
  await expect(page.getByRole("alert")).toContainText("Notice period must be at least 10 days");
  await expect(page.getByLabel(/^notice period/i)).toHaveValue("5");
  await expectAccessible(page);

  await page.getByLabel(/^notice period/i).fill("12");
  await page.getByLabel(/^objection window/i).fill("6");
  await page.getByLabel(/^resolution period/i).fill("20");
  await page.getByRole("button", { name: /save the periods/i }).click();
  await expect(page.getByRole("status")).toContainText(/saved/i);
  await expect(page.getByLabel(/^notice period/i)).toHaveValue("12");

  // A draft, published with an effective date too early for the 12-day notice period.
  await page.goto("/admin/notices/new");
  await page.getByLabel(/add/i).check();
  await page.getByLabel(/^name/i).fill(name);
  await page.getByLabel(/legal entity/i).fill(`${name} SAS`);
  await page.getByLabel("Purpose", { exact: true }).fill("Customer support tickets");
  await page.getByLabel("Processing location", { exact: true }).fill("France");
  await page.getByLabel("Data categories", { exact: true }).fill("Support tickets");
  await page.getByLabel("Transfer mechanism", { exact: true }).fill("Processing within the EEA");
  await page.getByLabel(/website/i).fill("https://periodic-support.example");
  await page.getByLabel("Reason for the change", { exact: true }).fill("A support desk hosted in the EEA, so that tickets never leave it.");
  await page.getByRole("button", { name: /save draft/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByText(/12 days’ notice, 6 days to object, 20 days to resolve/)).toBeVisible();
  await expect(page.getByText(/read in UTC/i)).toBeVisible();

  const tooEarly = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 16);
  await page.getByLabel(/takes effect on/i).fill(tooEarly);
  await page.getByRole("button", { name: /^publish notice$/i }).click();
  await expect(page).toHaveURL(/refused=effective_too_early/);
  await expect(page.locator("#effectiveAt-error")).toContainText("at least 12 days after publication");
  await expect(page.getByLabel(/takes effect on/i)).toHaveValue(tooEarly);
  await expectAccessible(page);
  const refusedPath = new URL(page.url()).pathname + new URL(page.url()).search.replace("lang=en", "lang=fr");
  await expectFrenchTypography(page, refusedPath);
  await expect(page.getByLabel(/prend effet le/i)).toHaveValue(tooEarly);
  await page.getByRole("button", { name: /publier avec prise d’effet le/i }).click();
  await expect(page.getByRole("status")).toContainText(/publié/i);
  const noticePath = new URL(page.url()).pathname.replace("/admin/notices/", "/subprocessors/notices/");

  // The public notice states the periods it was published with.
  await page.goto(noticePath);
  await expect(page.getByRole("main")).toContainText("Notice period: 12 days; objections within 6 days of the notice; each objection answered within 20 days.");

  // Changing the settings now does not move it: back to the defaults.
  await page.goto("/admin/settings");
  await page.getByLabel(/^notice period/i).fill("30");
  await page.getByLabel(/^objection window/i).fill("15");
  await page.getByLabel(/^resolution period/i).fill("30");
  await page.getByRole("button", { name: /save the periods/i }).click();
  await expect(page.getByRole("status")).toContainText(/saved/i);
  await page.goto(noticePath);
  await expect(page.getByRole("main")).toContainText("Notice period: 12 days");

  // Thirteen days later the change has taken effect (the proposal is rounded up to the hour).
  await advanceDays(request, 13);
  const json = await (await request.get("/subprocessors.json")).json();
  const version = versionsBefore === null ? 2 : versionsBefore + 1;
  expect(json.version).toBe(version);
  expect(json.subprocessors.map((s: { name: string }) => s.name)).toContain(name);
  await expectFollowsItsSchema(request, json);

  await page.goto("/subprocessors/versions");
  await expectAccessible(page);
  await page.getByRole("link", { name: `Version ${version}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Version ${version} of the subprocessor list`);
  await expect(page.getByRole("region", { name: `What changed from version ${version - 1}` })).toContainText(name);
  await expectAccessible(page);
  await page.goto(`/subprocessors/versions/${version}?lang=fr`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Version ${version} de la liste des sous-traitants ultérieurs`);

  await expectFrenchTypography(page, "/subprocessors/versions?lang=fr");
  await expectFrenchTypography(page, `${noticePath}?lang=fr`);

  const document = await (await request.get(`/subprocessors/versions/${version}.json`)).json();
  expect(document).toMatchObject({ version, previousVersion: version - 1, diff: { againstVersion: version - 1, removed: [] } });
  expect(document.diff.added.map((s: { name: string }) => s.name)).toEqual([name]);
  await expectFollowsItsSchema(request, document);
  const csv = await (await request.get(`/subprocessors/versions/${version}.csv`)).text();
  expect(csv).toContain(name);
  const feed = await (await request.get("/subprocessors/feed.xml")).text();
  expect(feed).toContain(`/subprocessors/versions/${version}"`);
  // The French feed is a feed of its own: its id and its entries' ids are not the English ones.
  const frenchFeed = await (await request.get("/subprocessors/feed.xml?lang=fr")).text();
  const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((match) => match[1]);
  expect(ids(frenchFeed)).toHaveLength(ids(feed).length);
  expect(ids(frenchFeed).filter((id) => ids(feed).includes(id))).toEqual([]);
  expect(frenchTypographyProblems(frenchFeed)).toEqual([]);

  // The list on a date answers the version then in force; a bad version or date is a clear 4xx.
  const today = new Date((await (await request.get("/dev/clock")).json()).now).toISOString().slice(0, 10);
  const versionOnDate = await (await request.get(`/subprocessors.json?at=${today}`)).json();
  expect(versionOnDate).toMatchObject({ version });
  await expectFollowsItsSchema(request, versionOnDate);
  await page.goto(`/subprocessors?at=${today}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Version ${version} of the subprocessor list`);
  expect((await request.get("/subprocessors/versions/999999")).status()).toBe(404);
  expect((await request.get("/subprocessors/versions/two")).status()).toBe(404);
  const badDate = await request.get("/subprocessors?at=2026-02-30");
  expect(badDate.status()).toBe(400);
  expect(await badDate.text()).toContain("YYYY-MM-DD");
  expect((await request.get("/subprocessors/versions/999999.json")).headers()["content-type"]).toContain("application/problem+json");
});
