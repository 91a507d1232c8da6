import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { frenchTypographyProblems } from "../app/_lib/i18n/french-typography";
import { advanceDays, expectAccessible, fillFrench, linkIn, outboxIds, readEmail, saveAndPublish, signInFromOutbox, typeAddition } from "./fixtures";

// Issue 16 as a vendor admin and a French customer meet it (ADR 020): the admin writes French
// beside the English in the draft form, a French reader gets that French on the notice, in the
// email and on the list, and the English where no French was written, marked lang="en".

const ADMIN = "admin@roomtrust.test";

/** A French customer subscribed through the French page, emails in French. */
async function frenchSubscriber(browser: Browser): Promise<string> {
  const email = `client.fr.${Date.now()}@customer.test`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/subprocessors?lang=fr");
  await page.locator("#subscribe-email").fill(email);
  await expect(page.getByLabel("Langue des e-mails")).toHaveValue("fr");
  await page.getByRole("button", { name: "S’abonner" }).click();
  await page.goto(linkIn(await readEmail(page.request, email, /^Confirmez votre abonnement/), "/subprocessors/confirm"));
  await page.getByRole("button", { name: "Confirmer mon abonnement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abonnement confirmé");
  await context.close();
  return email;
}

/** The element's lang attribute, or null when it reads in the page's language. */
const langOf = (locator: Locator) => locator.getAttribute("lang");

/** Fails on any French typography problem in the page's text. */
async function expectFrenchTypography(page: Page) {
  expect(frenchTypographyProblems(await page.locator("body").innerText())).toEqual([]);
}

test("French written beside the English reaches French readers; where none was written they get the English, marked", async ({ browser, page, request }) => {
  const subscriber = await frenchSubscriber(browser);
  await signInFromOutbox(page, request, ADMIN);
  const name = `Analytique ${Date.now() % 100_000}`;
  const french = { purpose: "Analyse de l’usage du produit", dataCategories: "Événements d’usage", reason: "Une analyse hébergée dans l’EEE." };

  // A refused draft keeps everything typed, the French too; the location and transfer mechanism stay without French.
  await typeAddition(page, name, "not a website", french);
  await expectAccessible(page);
  await page.getByRole("button", { name: /save draft/i }).click();
  await expect(page.locator("#website-error")).toBeVisible();
  await expect(page.getByLabel("Purpose in French", { exact: true })).toHaveValue(french.purpose);
  await expect(page.getByLabel("Data categories in French", { exact: true })).toHaveValue(french.dataCategories);
  await expect(page.getByLabel("Reason in French", { exact: true })).toHaveValue(french.reason);
  await expect(page.getByLabel("Purpose in French", { exact: true })).toHaveAttribute("lang", "fr");
  await page.getByLabel(/website/i).fill("https://analytique.example");
  // A French field is checked like its English one, and its error names it.
  await fillFrench(page, { transferMechanism: "Deux\tmots" });
  await page.getByRole("button", { name: /save draft/i }).click();
  await expect(page.locator("#transferMechanismFr-error")).toContainText("Transfer mechanism in French");
  await expect(page.getByLabel("Transfer mechanism in French", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await fillFrench(page, { transferMechanism: "" });
  const before = await outboxIds(request);
  const noticeId = await saveAndPublish(page, name);

  // The French notice page: French where written, the English marked lang="en" elsewhere.
  await page.goto(`/subprocessors/notices/${noticeId}?lang=fr`);
  const row = (label: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) }).getByRole("cell").last();
  await expect(row("Finalité")).toHaveText(french.purpose);
  expect(await langOf(row("Finalité"))).toBeNull();
  await expect(row("Lieu de traitement")).toHaveText("France");
  expect(await langOf(row("Lieu de traitement"))).toBe("en");
  await expect(row("Mécanisme de transfert")).toHaveText("Processing within the EEA");
  expect(await langOf(row("Mécanisme de transfert"))).toBe("en");
  await expect(page.getByRole("main")).toContainText(french.reason);
  await expectAccessible(page);
  await expectFrenchTypography(page);

  // The French email says the same, its English fallback marked in the HTML part.
  const email = await readEmail(request, subscriber, new RegExp(name), before);
  expect(email.subject).toContain("Nouveau sous-traitant ultérieur");
  const cell = (text: string) => new RegExp(`<td[^>]*>${text}</td>`).exec(email.html ?? "")?.[0] ?? "";
  expect(cell(french.purpose)).not.toContain("lang=");
  expect(cell(french.reason)).not.toContain("lang=");
  expect(cell("France")).toContain('lang="en"');
  expect(cell("Processing within the EEA")).toContain('lang="en"');
  expect(email.text).toContain(french.dataCategories);

  // Once in effect, the French list shows the subprocessor the same way.
  await advanceDays(request, 31);
  await expect(async () => {
    await page.goto("/subprocessors?lang=fr");
    await expect(page.getByRole("rowheader", { name, exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const listed = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(listed.getByRole("cell").filter({ hasText: french.purpose })).toHaveCount(1);
  expect(await langOf(listed.getByRole("cell").filter({ hasText: /^France$/ }))).toBe("en");
  // The demo's own subprocessors are written in French too.
  await expect(page.getByRole("main")).toContainText("Sauvegardes chiffrées de la base de données");
  await expectAccessible(page);
  await expectFrenchTypography(page);
});

test("a withdrawal's reason can be given in French; a refused withdrawal keeps what was typed", async ({ browser, page, request }) => {
  const subscriber = await frenchSubscriber(browser);
  await signInFromOutbox(page, request, ADMIN);
  const name = `Retrait ${Date.now() % 100_000}`;
  await typeAddition(page, name, "https://retrait.example");
  const noticeId = await saveAndPublish(page, name);

  // Only spaces for the English reason: refused, the French kept beside it.
  await page.getByLabel(/why is it withdrawn/i).fill("   ");
  await page.getByLabel("Reason in French", { exact: true }).fill("Nous avons choisi un autre prestataire.");
  await page.getByRole("button", { name: /withdraw the change/i }).click();
  await expect(page.getByRole("alert")).toContainText(/reason/i);
  await expect(page.getByLabel("Reason in French", { exact: true })).toHaveValue("Nous avons choisi un autre prestataire.");
  await expectAccessible(page);
  await page.getByLabel(/why is it withdrawn/i).fill("We chose another provider.");
  const before = await outboxIds(request);
  await page.getByRole("button", { name: /withdraw the change/i }).click();
  await expect(page.getByRole("status")).toContainText(/withdrawn/i);

  await page.goto(`/subprocessors/notices/${noticeId}?lang=fr`);
  const why = page.getByRole("region", { name: "Motif du retrait" });
  await expect(why).toContainText("Nous avons choisi un autre prestataire.");
  const email = await readEmail(request, subscriber, /^Changement retiré/, before);
  expect(email.text).toContain("Nous avons choisi un autre prestataire.");
  expect(email.html).not.toMatch(/<td[^>]*lang="en"/);
});

test("the French of a listed subprocessor is corrected directly; emptied, French readers get the English, marked", async ({ page, request }) => {
  await signInFromOutbox(page, request, ADMIN);
  await page.goto("/admin/subprocessors/sp_sentry/correct");
  await expect(page.getByLabel("Purpose in French", { exact: true })).toHaveValue("Surveillance des erreurs de l’application");
  await page.getByLabel("Purpose in French", { exact: true }).fill("Suivi des erreurs de l’application");
  await page.getByLabel("Transfer mechanism in French", { exact: true }).fill("");
  await page.getByLabel("What was wrong", { exact: true }).fill("Clearer French.");
  await page.getByLabel("What was wrong, in French", { exact: true }).fill("Un français plus clair.");
  await page.getByRole("button", { name: /save the correction/i }).click();
  await expect(page.getByRole("status")).toContainText(/corrected/i);

  await page.goto("/subprocessors?lang=fr");
  const sentry = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Sentry", exact: true }) });
  await expect(sentry.getByRole("cell").filter({ hasText: "Suivi des erreurs de l’application" })).toHaveCount(1);
  const transfer = sentry.getByRole("cell").filter({ hasText: "Processing within the EEA; EU Standard Contractual Clauses for support access" });
  expect(await langOf(transfer)).toBe("en");
  await page.goto("/subprocessors/versions?lang=fr");
  await expect(page.locator("tbody tr").first()).toContainText("Correction de Sentry");
  await page.locator("tbody tr").first().getByRole("link").first().click();
  await expect(page.getByRole("main")).toContainText("Un français plus clair.");
  await expectFrenchTypography(page);
});
