import { expect, test } from "@playwright/test";
import { signInFromOutbox } from "./fixtures";

// Issue 9, points 11 and 12, as an admin sees them: the draft form refuses a control character
// and a look-alike of a listed subprocessor, naming the field in French, and drafts nothing.

const ADMIN = "admin@roomtrust.test";
const LOOK_ALIKE = "Cloudfl\u0430re"; // the "а" is Cyrillic: drawn like the seeded "Cloudflare"

test("the draft form names a refused character and a look-alike name, in French", async ({ page }) => {
  await signInFromOutbox(page, page.request, ADMIN);
  await page.goto("/admin/notices/new?lang=fr");
  await page.getByLabel("Ajouter un sous-traitant ultérieur").check();
  await page.locator("#name").fill(LOOK_ALIKE);
  await page.locator("#legalEntity").fill("Cloudflare\tInc.");
  await page.locator("#purpose").fill("Diffusion du site");
  await page.locator("#location").fill("États-Unis");
  await page.locator("#dataCategories").fill("Adresses IP");
  await page.locator("#transferMechanism").fill("Clauses contractuelles types");
  await page.locator("#website").fill("https://cloudflare.example");
  await page.locator("#reason").fill("Un second fournisseur de diffusion.");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.locator("#legalEntity-error")).toHaveText(
    "Le champ « Entité juridique » contient un caractère de contrôle invisible (une tabulation, par exemple) : supprimez-le.",
  );
  await expect(page.locator("#legalEntity")).toHaveAttribute("aria-invalid", "true");

  await page.locator("#legalEntity").fill("Cloudflare Inc.");
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Enregistrer le brouillon" }).click()]);
  expect(answer.status()).toBe(409);
  await expect(page.locator("#name-error")).toHaveText(
    "Le champ « Nom » ressemble à s’y méprendre à « Cloudflare », qui figure déjà dans la liste ou dans un avis : choisissez un nom qui se lit autrement.",
  );

  // A text input cannot hold a line break, but a hand-made POST can: it is refused the same way.
  const csrf = await page.locator('input[name="csrf"]').inputValue();
  const origin = new URL(page.url()).origin;
  const forged = await page.request.post("/admin/notices/new?lang=fr", {
    headers: { origin },
    form: { csrf, changeKind: "add", name: "Mailer\r\nBcc: everyone@example.com", legalEntity: "Mailer SAS", purpose: "E-mail", location: "France", dataCategories: "Adresses e-mail", transferMechanism: "EEE", website: "https://mailer.example", reason: "Essai." },
  });
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toContain("Le champ « Nom » doit tenir sur une seule ligne : supprimez le retour à la ligne.");

  // Nothing was drafted.
  const home = await (await page.request.get("/admin?lang=fr")).text();
  expect(home).not.toContain(LOOK_ALIKE);
  expect(home).not.toContain("Mailer");
});
