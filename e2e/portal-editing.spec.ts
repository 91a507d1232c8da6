import { expect, test, type Browser, type Page } from "@playwright/test";
import { frenchTypographyProblems } from "../app/_lib/i18n/french-typography";
import { expectAccessible, linkIn, readEmail, signInFromOutbox, suiteOutbox } from "./fixtures";

// The subprocessor portal's editing (issue 16): drafts are edited and deleted, non-material facts
// corrected without a notice, the delivery progress follows a fan-out by itself, and the room
// finder's List / Status board links keep the filters in force. No spec here moves the clock.

const ADMIN = "admin@roomtrust.test";

/** The vendor admin signed in twice: with JavaScript, and the same session with it off (these flows must not need it). */
async function signedIn(browser: Browser, email: string): Promise<{ withJs: Page; noJs: Page }> {
  const withJs = await (await browser.newContext()).newPage();
  await signInFromOutbox(withJs, withJs.request, email);
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(await withJs.context().cookies());
  return { withJs, noJs: await context.newPage() };
}

/** axe runs in the page, so it checks what a JavaScript-off page showed by loading the same address with it on. */
async function expectAccessibleAt(withJs: Page, noJs: Page) {
  await withJs.goto(noJs.url());
  await expectAccessible(withJs);
}

async function expectFrenchTypography(page: Page) {
  expect(frenchTypographyProblems((await page.locator("body").innerText()) ?? "")).toEqual([]);
}

/** Saves a draft addition through the form and returns its notice id. */
async function draftAddition(admin: Page, name: string): Promise<string> {
  await admin.goto("/admin/notices/new");
  await admin.getByLabel(/add a new/i).check();
  await admin.getByLabel(/^name/i).fill(name);
  await admin.getByLabel(/legal entity/i).fill(`${name} SAS`);
  await admin.getByLabel("Purpose", { exact: true }).fill("Customer support tickets");
  await admin.getByLabel("Processing location", { exact: true }).fill("France");
  await admin.getByLabel("Data categories", { exact: true }).fill("Support tickets");
  await admin.getByLabel("Transfer mechanism", { exact: true }).fill("Processing within the EEA");
  await admin.getByLabel(/website/i).fill("https://desk.example");
  await admin.getByLabel("Reason for the change", { exact: true }).fill("A support desk hosted in France.");
  await admin.getByRole("button", { name: /save draft/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(name);
  return new URL(admin.url()).pathname.split("/").pop()!;
}

test("a draft is edited and deleted without JavaScript, deleting asks first; a published notice can be neither", async ({ browser }) => {
  const { withJs, noJs: admin } = await signedIn(browser, ADMIN);
  const name = `Draft Desk ${Date.now() % 100_000}`;
  const id = await draftAddition(admin, name);

  // Edit: the form opens with what was saved, and saves the change.
  await admin.getByRole("link", { name: /edit draft/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Edit the draft");
  await expect(admin.getByLabel(/^name/i)).toHaveValue(name);
  await expect(admin.getByLabel("Data categories", { exact: true })).toHaveValue("Support tickets");
  await expectAccessibleAt(withJs, admin);
  await admin.getByLabel("Reason for the change", { exact: true }).fill("A support desk hosted in France, replacing email support.");
  await admin.getByRole("button", { name: /save changes/i }).click();
  await expect(admin.getByRole("status")).toHaveText("Draft updated.");
  await expect(admin.getByRole("main")).toContainText("replacing email support");

  // A problem keeps what was typed, beside its field.
  await admin.goto(`/admin/notices/${id}/edit`);
  await admin.getByLabel(/website/i).fill("not a website");
  await admin.getByRole("button", { name: /save changes/i }).click();
  await expect(admin.locator("#website-error")).toBeVisible();
  await expect(admin.getByLabel(/website/i)).toHaveValue("not a website");

  // Delete: a confirmation page first, in French too; "keep" keeps it.
  await admin.goto(`/admin/notices/${id}?lang=fr`);
  await admin.getByRole("link", { name: /supprimer le brouillon/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Supprimer le brouillon «\u00a0Ajout\u00a0: ${name}\u00a0»\u00a0?`);
  await expectFrenchTypography(admin);
  await admin.getByRole("link", { name: /garder le brouillon/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(name);
  await admin.goto(`/admin/notices/${id}/delete`);
  await expectAccessibleAt(withJs, admin);
  await admin.getByRole("button", { name: /delete the draft/i }).click();
  await expect(admin.getByRole("status")).toHaveText("Draft deleted.");
  await expect(admin.getByRole("main")).not.toContainText(name);
  expect((await admin.goto(`/admin/notices/${id}`))!.status()).toBe(404);

  // Published: no edit or delete links, and the routes refuse with a clear 409.
  const published = await draftAddition(admin, `${name} Live`);
  await admin.getByRole("button", { name: /^publish notice$/i }).click();
  await expect(admin.getByRole("status")).toContainText(/published/i);
  await expect(admin.getByRole("link", { name: /edit draft|delete draft/i })).toHaveCount(0);
  const edit = await admin.goto(`/admin/notices/${published}/edit`);
  expect(edit!.status()).toBe(409);
  await expect(admin.getByRole("main")).toContainText("Only a draft notice can be changed or published.");
  await admin.goto(`/admin/notices/${published}`);
  const csrf = await admin.locator("input[name=csrf]").first().inputValue();
  const deleted = await admin.request.post(`/admin/notices/${published}/delete`, { form: { csrf, confirm: "yes" }, maxRedirects: 0 });
  expect(deleted.status()).toBe(409);
  await admin.goto(`/admin/notices/${published}`);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(`${name} Live`);
});

test("a website and a legal-entity typo are corrected without a notice and shown in the history as a correction; a material field is refused by name", async ({ browser, request }) => {
  const { withJs, noJs: admin } = await signedIn(browser, ADMIN);
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Correct Zendesk" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Correct Zendesk");
  await expect(admin.getByRole("group", { name: "Can be corrected now" })).toContainText("Website");
  await expect(admin.getByRole("group", { name: /material: changing these needs a notice/i })).toContainText("Purpose");
  await expectAccessibleAt(withJs, admin);

  // A material change typed anyway is refused beside its field, with what was typed kept.
  const purpose = await admin.getByLabel("Purpose", { exact: true }).inputValue();
  await admin.getByLabel("Purpose", { exact: true }).fill(`${purpose} and marketing`);
  await admin.getByLabel("What was wrong", { exact: true }).fill("The privacy page moved.");
  await admin.getByRole("button", { name: /save the correction/i }).click();
  await expect(admin.locator("#purpose-error")).toHaveText("Purpose is material: customers rely on it, so changing it needs a notice. Propose a change instead.");
  await expect(admin.getByLabel("Purpose", { exact: true })).toHaveValue(`${purpose} and marketing`);
  await expect(admin.getByLabel("Purpose", { exact: true })).toHaveAttribute("aria-invalid", "true");

  // The website and a typo in the legal entity are corrected at once.
  await admin.getByLabel("Purpose", { exact: true }).fill(purpose);
  await admin.getByLabel(/^website/i).fill("https://www.zendesk.com/trust-center");
  await admin.getByLabel(/legal entity/i).fill("Zendesk Inc.");
  await admin.getByRole("button", { name: /save the correction/i }).click();
  await expect(admin.getByRole("status")).toContainText("Corrected.");
  const list = await (await request.get("/subprocessors.json")).json();
  expect(list.subprocessors.find((s: { name: string }) => s.name === "Zendesk")).toMatchObject({ website: "https://www.zendesk.com/trust-center", legalEntity: "Zendesk Inc." });

  // The history: a new version, marked as a correction, with its diff.
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/subprocessors/versions");
  const newest = page.locator("tbody tr").first();
  await expect(newest).toContainText("Correction to Zendesk: Website, Legal entity");
  await expect(newest).toContainText("The privacy page moved.");
  await expectAccessibleAt(withJs, page);
  await newest.getByRole("link").first().click();
  await expect(page.getByRole("main")).toContainText("https://www.zendesk.com/trust-center");
  await page.goto("/subprocessors/versions?lang=fr");
  await expect(page.locator("tbody tr").first()).toContainText("Correction de Zendesk\u00a0: Site web, Entité juridique");
  await expectFrenchTypography(page);
  const version = Number((await newest.getByRole("link").first().textContent())?.replace(/\D/g, ""));
  expect((await (await request.get(`/subprocessors/versions/${version}.json`)).json()).correction).toEqual({ subprocessorName: "Zendesk", fields: ["website", "legalEntity"], note: "The privacy page moved." });

  // In French, the form's refusal names the field in French.
  await admin.goto("/admin/subprocessors/sp_zendesk/correct?lang=fr");
  await admin.getByLabel("Lieu de traitement", { exact: true }).fill("Mars");
  await admin.getByLabel("Ce qui était erroné", { exact: true }).fill("Test.");
  await admin.getByRole("button", { name: /enregistrer la correction/i }).click();
  await expect(admin.locator("#location-error")).toContainText("Lieu de traitement");
  await expectFrenchTypography(admin);
});

/** A confirmed subscriber, so a published notice owes at least one email. */
async function confirmedSubscriber(browser: Browser) {
  const email = `progress.${Date.now()}@customer.test`;
  const page = await (await browser.newContext()).newPage();
  await page.goto("/subprocessors/subscribe");
  await page.getByLabel(/email/i).first().fill(email);
  await page.getByRole("button", { name: /subscribe/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/inbox/i);
  await page.goto(linkIn(await readEmail(page.request, email, /confirm/i), "/subprocessors/confirm"));
  await page.getByRole("button", { name: /confirm my subscription/i }).click();
  await expect(page.getByRole("main")).toContainText(/confirmed|subscribed/i);
}

test("the delivery progress updates by itself while a fan-out runs, and stops when it is done", async ({ browser }) => {
  await confirmedSubscriber(browser);
  const { withJs: admin } = await signedIn(browser, ADMIN);
  const id = await draftAddition(admin, `Progress Desk ${Date.now() % 100_000}`);
  // Every call to the email provider takes 4 s, so the fan-out is still running when the page shows.
  const script = (latencyMs: number) => admin.request.post(`${suiteOutbox.origin}/__standin/script`, { data: { steps: [], latencyMs } });
  expect((await script(4000)).ok()).toBe(true);
  try {
    await admin.goto(`/admin/notices/${id}`);
    await admin.getByRole("button", { name: /^publish notice$/i }).click();
    await expect(admin.getByRole("status")).toContainText(/published/i);
    const counts = admin.locator("#delivery-counts");
    await expect(counts).toHaveAttribute("aria-live", "polite");
    await expect(counts).not.toHaveAttribute("data-pending", "0");
    await admin.evaluate(() => Object.assign(window, { samePage: true }));
    await expect(counts).toHaveAttribute("data-pending", "0", { timeout: 30_000 });
    await expect(counts).toContainText(/[1-9]\d* sent, 0 pending, 0 failed/);
    // It changed in place: the page was not reloaded.
    expect(await admin.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    // Done: no more polling.
    const polls: string[] = [];
    admin.on("request", (r) => { if (r.url().includes("/progress.json")) polls.push(r.url()); });
    await admin.waitForTimeout(3000);
    expect(polls).toEqual([]);
    await expect(admin.getByRole("link", { name: /refresh the delivery progress/i })).toBeVisible();
    await expectAccessible(admin);
  } finally {
    await script(0);
  }
  // The JSON it polls is the vendor admin's only.
  const anonymous = await (await browser.newContext()).request.get(`/admin/notices/${id}/progress.json`);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
});

test("the finder's List and Status board links keep the filters in force and the language", async ({ browser }) => {
  const { withJs: admin } = await signedIn(browser, "rooms@acme.test");
  await admin.goto("/admin/rooms");
  const link = (await admin.getByTestId("finder-link").getAttribute("href"))!;
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`${link}&available=1&capacity=4&lang=fr`);
  await page.getByRole("link", { name: "Tableau d’accueil" }).click();
  const board = new URL(page.url()).searchParams;
  expect([board.get("view"), board.get("available"), board.get("capacity"), board.get("lang")]).toEqual(["board", "1", "4", "fr"]);
  await page.getByRole("link", { name: "Liste" }).click();
  const list = new URL(page.url()).searchParams;
  expect([list.get("view"), list.get("available"), list.get("capacity"), list.get("lang")]).toEqual([null, "1", "4", "fr"]);
  await expect(page.getByLabel("Seulement les salles libres")).toBeChecked();
  await expect(page.getByLabel("Au moins ce nombre de places")).toHaveValue("4");
  // The language switch keeps them too.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByLabel("Available now only")).toBeChecked();
  await expect(page.getByLabel("At least this many seats")).toHaveValue("4");
});
