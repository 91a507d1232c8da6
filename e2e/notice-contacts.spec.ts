import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, linkIn, outboxIds, readEmail, signInFromOutbox, type OutboxMessage } from "./fixtures";

// Issue 12 §3 and §7 as the people involved live them: a customer organisation's admin registers
// the contacts who must hear of every change, the vendor publishes one, the Resend stand-in
// bounces one contact's mail (its test address bounced@resend.dev) and delivers the other's, and
// the vendor's notice page shows which organisations the notice reached and which it cannot.
// The clock is not moved: other specs share it.

const VENDOR_ADMIN = "admin@roomtrust.test";
const ACME_ADMIN = "rooms@acme.test";
const GLOBEX_ADMIN = "salles@globex.test";

const escaped = (text: string) => new RegExp(text.replace(/[+.]/g, "\\$&"));

async function addContact(page: Page, contact: { name: string; role: string; email: string }) {
  await page.getByLabel("Contact's name").fill(contact.name);
  await page.getByLabel("Role").selectOption({ label: contact.role });
  await page.getByLabel("Email address").fill(contact.email);
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("status")).toHaveText("Contact added: they get every notice from now on.");
}

async function publishNotice(page: Page, name: string) {
  await page.goto("/admin/notices/new");
  await page.getByLabel(/add a new/i).check();
  await page.getByLabel(/^name/i).fill(name);
  await page.getByLabel(/legal entity/i).fill(`${name} Ltd`);
  await page.getByLabel("Purpose", { exact: true }).fill("Transactional email for notices");
  await page.getByLabel("Processing location", { exact: true }).fill("Ireland");
  await page.getByLabel("Data categories", { exact: true }).fill("Email addresses");
  await page.getByLabel("Transfer mechanism", { exact: true }).fill("Processing within the EEA");
  await page.getByLabel(/website/i).fill("https://mail.example");
  await page.getByLabel("Reason for the change", { exact: true }).fill("A second mail provider, so that notices still go out when the first one is down.");
  await page.getByRole("button", { name: /save draft/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.getByRole("button", { name: /publish/i }).click();
  await expect(page.getByRole("main")).toContainText(/published/i);
}

/** The text of every cell of a table that ends past the right edge of the window. */
function cellsOffScreen(table: Locator) {
  return table.locator("tbody :is(th, td)").evaluateAll((cells) => cells.filter((cell) => cell.getBoundingClientRect().right > window.innerWidth).map((cell) => cell.textContent));
}

function expectOneClickUnsubscribe(message: OutboxMessage) {
  expect(message.headers["List-Unsubscribe-Post"] ?? message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  expect(message.headers["List-Unsubscribe"] ?? message.headers["list-unsubscribe"]).toMatch(/^<https?:\/\/.+\/subprocessors\/unsubscribe\?token=/);
}

test("an organisation's notice contacts get the notice; the vendor sees what bounced and which organisation no contact reaches", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const run = Date.now();
  const bouncing = { name: `Dana Bounce ${run}`, role: "Data protection officer (DPO)", email: `bounced+contacts${run}@resend.dev` };
  const working = { name: `Lou Legal ${run}`, role: "Legal", email: `delivered+contacts${run}@resend.dev` };
  const subprocessor = `Backup Mail ${run % 100000}`;

  // Acme's admin registers its contacts; a mistyped address is refused next to its field.
  const acmeContext = await browser.newContext();
  const acme = await acmeContext.newPage();
  await signInFromOutbox(acme, request, ACME_ADMIN);
  await acme.getByRole("link", { name: "Notice contacts" }).click();
  await expect(acme.getByRole("heading", { level: 1 })).toHaveText("Notice contacts — Acme Offices");
  await expectAccessible(acme);
  await acme.getByLabel("Contact's name").fill(working.name);
  await acme.getByLabel("Email address").fill("lou@acme");
  await acme.getByRole("button", { name: "Add contact" }).click();
  await expect(acme.getByRole("alert")).toContainText("The contact was not added:");
  await expect(acme.getByRole("alert")).toContainText("Enter an email address like name@example.com.");
  await expect(acme.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expect(acme.getByLabel("Email address")).toHaveValue("lou@acme");
  await expectAccessible(acme);
  await addContact(acme, bouncing);
  await addContact(acme, working);
  for (const contact of [bouncing, working]) {
    await expect(acme.getByRole("row", { name: escaped(contact.email) })).toContainText("Getting notices");
  }
  await expectAccessible(acme);

  // The vendor publishes a notice: both contacts get it without having confirmed anything.
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signInFromOutbox(vendor, request, VENDOR_ADMIN);
  await publishNotice(vendor, subprocessor);
  const noticePage = new URL(vendor.url()).pathname;
  const toBouncing = await readEmail(request, bouncing.email, escaped(subprocessor));
  const toWorking = await readEmail(request, working.email, escaped(subprocessor));
  expectOneClickUnsubscribe(toBouncing);
  expectOneClickUnsubscribe(toWorking);

  // The stand-in's webhooks arrive shortly after each message: reload until they have.
  const acmeReach = vendor.getByTestId("notice-reach").getByRole("row", { name: /Acme Offices/ });
  await expect(async () => {
    await vendor.goto(noticePage);
    await expect(acmeReach.getByRole("cell")).toHaveText(["2", "1", "1"]);
  }).toPass({ timeout: 20_000 });
  const unreached = vendor.getByTestId("unreached-organisations");
  await expect(unreached).not.toContainText("Acme Offices");
  await expectAccessible(vendor);

  // The working contact stops the emails from its own link: no contact of Acme is reached now.
  const contactContext = await browser.newContext();
  const contact = await contactContext.newPage();
  await contact.goto(linkIn(toWorking, "/subprocessors/unsubscribe"));
  await contact.getByRole("button", { name: /unsubscribe/i }).click();
  await expect(contact.getByRole("main")).toContainText(/unsubscribed/i);
  await vendor.reload();
  await expect(unreached.getByRole("listitem").filter({ hasText: "Acme Offices" })).toHaveText("Acme Offices — Every contact bounced, complained or unsubscribed");
  await expectAccessible(vendor);
  await vendor.goto(`${noticePage}?lang=fr`);
  await expect(vendor.getByTestId("unreached-organisations").getByRole("listitem").filter({ hasText: "Acme Offices" })).toContainText(
    "Tous les contacts ont rejeté, signalé ou se sont désabonnés",
  );

  // Acme's admin sees why, on its own page.
  await acme.reload();
  await expect(acme.getByRole("row", { name: escaped(bouncing.email) })).toContainText("Stopped: the address does not take mail");
  await expect(acme.getByRole("row", { name: escaped(working.email) })).toContainText("Unsubscribed by the contact");
  await expect(acme.getByTestId("no-working-contact")).toBeVisible();
  await expect(acme.getByRole("button", { name: `Remove ${working.name}` })).toBeVisible();

  // On a phone each contact, and each organisation's reach, is a block: nothing hidden to the side.
  for (const [page, table] of [[acme, acme.getByRole("table")], [vendor, vendor.getByTestId("notice-reach").getByRole("table")]] as const) {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(table.getByRole("cell").first()).toBeVisible();
    expect(await cellsOffScreen(table)).toEqual([]);
    await expectAccessible(page);
  }
  // Between phone and desktop the notice's email list scrolls sideways, and a keyboard can scroll it.
  await vendor.setViewportSize({ width: 800, height: 1280 });
  await expectAccessible(vendor);

  await Promise.all([acmeContext.close(), vendorContext.close(), contactContext.close()]);
});

test("a French admin who chooses English on their profile gets the next sign-in link in English", async ({ page, request }) => {
  await signInFromOutbox(page, request, GLOBEX_ADMIN);
  // Asks for a link from the French sign-in page, as a person would, and reads the email it sends.
  const askFromFrenchPage = async () => {
    expect((await request.delete("/dev/rate-limits")).ok()).toBe(true);
    const before = await outboxIds(request);
    const asking = await page.context().newPage();
    await asking.goto("/admin/sign-in?lang=fr");
    await asking.getByLabel("E-mail professionnel").fill(GLOBEX_ADMIN);
    await asking.getByRole("button", { name: "M’envoyer un lien de connexion" }).click();
    await expect(asking.getByRole("heading", { level: 1 })).toHaveText("Consultez votre boîte de réception");
    await asking.close();
    return readEmail(request, GLOBEX_ADMIN, /connexion|sign-in/i, before);
  };
  expect((await askFromFrenchPage()).subject).toBe("Votre lien de connexion Roomtrust");

  await page.goto("/admin/rooms?lang=fr");
  await page.getByRole("link", { name: "Profil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre profil");
  await expectAccessible(page);
  await page.getByLabel("Anglais").check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toContainText("vos e-mails sont désormais rédigés dans la langue choisie");
  await expect(page.getByLabel("Anglais")).toBeChecked();
  await expectAccessible(page);
  expect((await askFromFrenchPage()).subject).toBe("Your Roomtrust sign-in link");

  // Other specs expect this admin's emails as before.
  await page.getByLabel(/Comme avant/).check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByLabel(/Comme avant/)).toBeChecked();
  expect((await askFromFrenchPage()).subject).toBe("Votre lien de connexion Roomtrust");
});
