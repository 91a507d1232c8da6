import { expect, test, type APIRequestContext } from "@playwright/test";
import { advanceDays, expectAccessible, linkIn, outboxIds, readEmail } from "./fixtures";
import { expectFollowsItsSchema } from "./json-schema";

const ADMIN = "admin@roomtrust.test";

// The whole subprocessor story, as the people involved would live it, in one application:
// a customer's DPO subscribes, the vendor publishes a change, the DPO objects, the clock runs out.
test("subscribe → notice → objection → deadlines → the change goes live", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const dpo = `dpo.${Date.now()}@customer.test`;
  const newSubprocessor = `Acme Analytics ${Date.now() % 100000}`;

  // A DPO subscribes from the public page and confirms from their inbox.
  const dpoContext = await browser.newContext();
  const page = await dpoContext.newPage();
  await page.goto("/subprocessors");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByLabel(/email/i).first().fill(dpo);
  await page.getByRole("button", { name: /subscribe/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/inbox/i);
  const confirmation = await readEmail(request, dpo, /confirm/i);
  // Opening the link confirms nothing (mail scanners open links too): the button does.
  await page.goto(linkIn(confirmation, "/subprocessors/confirm"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/confirm your subscription/i);
  await page.getByRole("button", { name: /confirm my subscription/i }).click();
  await expect(page.getByRole("main")).toContainText(/confirmed|subscribed/i);

  // The vendor admin signs in with a link from the outbox.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto("/admin");
  await expect(admin).toHaveURL(/\/admin\/sign-in/);
  await admin.getByLabel(/email/i).fill(ADMIN);
  const before = await outboxIds(request);
  await admin.getByRole("button", { name: /sign-in link|send|sign in/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(/inbox/i);
  const signIn = await readEmail(request, ADMIN, /sign in|sign-in/i, before);
  await admin.goto(linkIn(signIn, "/admin/sign-in/verify"));
  await admin.getByRole("button", { name: /sign in/i }).click();
  await expect(admin).toHaveURL(/\/admin\/?(\?.*)?$/);
  await expectAccessible(admin);

  // …proposes a new subprocessor and publishes the notice.
  await admin.getByRole("link", { name: /propose a change/i }).click();
  await admin.getByLabel(/add/i).check();
  await admin.getByLabel(/^name/i).fill(newSubprocessor);
  await admin.getByLabel(/legal entity/i).fill(`${newSubprocessor} SAS`);
  await admin.getByLabel("Purpose", { exact: true }).fill("Anonymous usage analytics of the admin portal");
  await admin.getByLabel("Processing location", { exact: true }).fill("France");
  await admin.getByLabel("Data categories", { exact: true }).fill("Usage events, Truncated IP addresses");
  await admin.getByLabel("Transfer mechanism", { exact: true }).fill("Processing within the EEA");
  await admin.getByLabel(/website/i).fill("https://acme-analytics.example");
  await admin.getByLabel("Reason for the change", { exact: true }).fill("We want to understand which admin features are used, without personal profiles.");
  await admin.getByRole("button", { name: /draft|save|create/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(newSubprocessor);
  await expectAccessible(admin);
  await admin.getByRole("button", { name: /publish/i }).click();
  await expect(admin.getByRole("main")).toContainText(/published/i);

  // The subscriber receives the notice, with a one-click unsubscribe, and objects.
  const notice = await readEmail(request, dpo, new RegExp(newSubprocessor));
  expect(notice.headers["List-Unsubscribe-Post"] ?? notice.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  expect(notice.headers["List-Unsubscribe"] ?? notice.headers["list-unsubscribe"]).toMatch(/^<https?:\/\/.+\/subprocessors\/unsubscribe\?token=/);
  const objectLink = linkIn(notice, "/object?token=");
  await page.goto(objectLink);
  await page.getByLabel(/organisation/i).fill("Customer Example GmbH");
  await page.getByLabel(/grounds/i).fill(
    "We must not send attendee data outside agreed processors; please confirm the data categories and the legal basis for analytics on our tenant.",
  );
  await page.getByRole("button", { name: /object|submit|send/i }).click();
  await expect(page.getByRole("main")).toContainText(/received|recorded/i);
  await readEmail(request, dpo, /objection|opposition/i);

  // The admin sees the objection on the notice.
  await admin.reload();
  await expect(admin.getByRole("main")).toContainText("Customer Example GmbH");
  await expectAccessible(admin);

  // Sixteen days later the window has closed: the form says so, and a late objection is refused.
  await advanceDays(request, 16);
  await page.goto(objectLink);
  await expect(page.getByRole("main")).toContainText(/closed/i);
  const noticePath = objectLink.split("/object")[0]!;
  const late = await request.post(`${noticePath}/object`, {
    form: { organisation: "Late Corp", contactEmail: dpo, grounds: "We object to this change because of our data protection policy on analytics.", lang: "en" },
  });
  expect(late.status()).toBe(409);

  // Thirty-one days after publication the change is live on the page, in JSON and in the feed.
  await advanceDays(request, 15);
  await page.goto("/subprocessors");
  await expect(page.getByRole("table").first()).toContainText(newSubprocessor);
  const json = await (await request.get("/subprocessors.json")).json();
  expect(json.subprocessors.map((s: { name: string }) => s.name)).toContain(newSubprocessor);
  await expectFollowsItsSchema(request, json);
  const feed = await (await request.get("/subprocessors/feed.xml")).text();
  expect(feed).toContain(newSubprocessor);

  // The objection, unresolved 30 days after receipt, opened a termination right: both sides are told.
  await readEmail(request, dpo, /termination right/i);
  await readEmail(request, ADMIN, /termination right/i);

  await dpoContext.close();
  await adminContext.close();
});

test("the public pages pass an accessibility check in English and French", async ({ page }) => {
  for (const path of ["/subprocessors", "/subprocessors?lang=fr", "/admin/sign-in"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/subprocessors?lang=fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // Other tests move the shared clock, so take whichever notice exists, open or past.
  const noticePath = await anyNoticePath(page.request);
  for (const path of [`${noticePath}?lang=fr`, `${noticePath}/object`]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test("without JavaScript a person can read the list, subscribe and open a notice", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/subprocessors");
  await expect(page.getByRole("table").first()).toContainText("Cloudflare");
  const email = `nojs.${Date.now()}@customer.test`;
  await page.getByLabel(/email/i).first().fill(email);
  await page.getByRole("button", { name: /subscribe/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/inbox/i);
  await readEmail(request, email, /confirm/i);
  await page.goto(await anyNoticePath(request));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("UTC");
  await context.close();
});

async function anyNoticePath(request: APIRequestContext): Promise<string> {
  const list = await (await request.get("/subprocessors.json")).json();
  const notice = list.pendingChanges[0] ?? list.history[0];
  return new URL(notice.url).pathname;
}

test("a tampered or wrong-purpose link gets a clear page, not an error", async ({ page, request }) => {
  const email = `tamper.${Date.now()}@customer.test`;
  await request.post("/subprocessors/subscribe", { form: { email, lang: "en" } });
  const confirm = linkIn(await readEmail(request, email, /confirm/i), "/subprocessors/confirm");
  const token = new URL(confirm, "http://x").searchParams.get("token")!;
  const [header, payload, signature] = token.split(".");
  const forged = `${header}.${payload}.${signature!.slice(0, -4)}AAAA`;
  await page.goto(`/subprocessors/confirm?token=${forged}`);
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: /confirm/i }).click()]);
  expect(response.status()).toBe(400);
  await expect(page.getByRole("main")).toContainText(/not valid/i);
  // A confirmation token used to unsubscribe is refused for its purpose.
  const wrong = await page.goto(`/subprocessors/unsubscribe?token=${token}`);
  expect(wrong?.status()).toBe(400);
  await expect(page.getByRole("main")).toContainText(/cannot be used here/i);
});
