import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, readEmail, signInFromOutbox } from "./fixtures";

// Issue 12 §4, proof of delivery: the local Resend stand-in sends the webhooks Resend sends
// (signed as Svix signs them) to /api/webhooks/resend; the core checks each signature and records
// what became of the message. Resend's test addresses bounce or deliver on their own.

const ADMIN = "admin@roomtrust.test";

async function subscribe(page: Page, email: string) {
  await page.goto("/subprocessors");
  await page.getByLabel(/email/i).first().fill(email);
  await page.getByRole("button", { name: /subscribe/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/inbox/i);
}

test("a bounced address is shown to the vendor, in English and French, and delivered mail is counted", async ({ page, request }) => {
  const run = Date.now();
  const bounced = `bounced+${run}@resend.dev`;
  const delivered = `delivered+${run}@resend.dev`;
  await subscribe(page, bounced);
  await subscribe(page, delivered);
  await readEmail(request, bounced, /confirm/i);
  await readEmail(request, delivered, /confirm/i);

  await signInFromOutbox(page, request, ADMIN);
  await page.getByRole("link", { name: "Email delivery" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email delivery");
  // The webhooks arrive shortly after each message: as a person would, reload until they have.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("row", { name: new RegExp(bounced.replace(/[+.]/g, "\\$&")) })).toContainText("Bounced");
    expect(Number(await page.locator('[data-outcome="delivered"]').textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await page.locator('[data-outcome="bounced"]').textContent())).toBeGreaterThanOrEqual(1);
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("row", { name: new RegExp(delivered.replace(/[+.]/g, "\\$&")) })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/admin/deliveries?lang=fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Distribution des e-mails");
  await expect(page.getByRole("row", { name: new RegExp(bounced.replace(/[+.]/g, "\\$&")) })).toContainText("Rejet");
});

test("the webhook route refuses what is not signed by the provider, as a problem document", async ({ request }) => {
  const unsigned = await request.post("/api/webhooks/resend", { data: { type: "email.bounced", data: { email_id: "x" } } });
  expect(unsigned.status()).toBe(400);
  expect(unsigned.headers()["content-type"]).toBe("application/problem+json");
  expect(await unsigned.json()).toMatchObject({ code: "validation_failed" });
  const forged = await request.post("/api/webhooks/resend", {
    data: JSON.stringify({ type: "email.bounced", data: { email_id: "x" } }),
    headers: { "content-type": "application/json", "svix-id": "msg_forged", "svix-timestamp": String(Math.floor(Date.now() / 1000)), "svix-signature": "v1,Zm9yZ2Vk" },
  });
  expect(forged.status()).toBe(400);
  expect(await forged.json()).toMatchObject({ code: "webhook_unverified" });
  expect((await request.get("/api/webhooks/resend")).status()).toBe(405);
});
