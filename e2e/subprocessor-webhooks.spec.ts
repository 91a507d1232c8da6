import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { frenchTypographyProblems } from "../app/_lib/i18n/french-typography";
import { startWebhookReceiver, type ReceivedWebhook } from "../standins/webhook-receiver/server";
import { advanceDays, eventually, expectAccessible, publishAddition, signInFromOutbox } from "./fixtures";

// Named to run after subprocessor-versions (which moves the shared dev clock 13 days): this spec
// publishes its own notice from whatever the clock says and moves it another 31 days.
const ADMIN = "admin@roomtrust.test";

// Issue 12 §5, as a vendor admin and a vendor-risk tool live it: the admin registers an endpoint
// (without JavaScript), copies its secret once, publishes a change; when it takes effect the
// tool's receiver gets a signed change.effective and verifies it with the Standard Webhooks library.
test("an endpoint registered with a local receiver gets a signed change.effective it verifies", async ({ browser, page, request }) => {
  test.setTimeout(120_000);
  const receiver = await startWebhookReceiver();
  try {
    const name = `Hooked Analytics ${Date.now() % 100000}`;
    await signInFromOutbox(page, request, ADMIN);

    await page.goto("/admin");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
    await expectAccessible(page);

    // A URL we would never send to is refused beside its field, with what was typed kept.
    await page.getByLabel("Endpoint URL").fill("http://hooks.vendor-risk.example.com/in");
    await page.getByRole("button", { name: "Add the endpoint" }).click();
    await expect(page.getByRole("alert")).toContainText("Endpoint URL must start with https://");
    await expect(page.getByLabel("Endpoint URL")).toHaveValue("http://hooks.vendor-risk.example.com/in");
    await expectAccessible(page);

    // An endpoint for withdrawals only: its secret page, then deleted again.
    await page.getByLabel("Endpoint URL").fill(`${receiver.url}/hooks/spare`);
    for (const label of [/A notice is published/, /A change takes effect/, /The objection window closes/]) await page.getByLabel(label).uncheck();
    await page.getByRole("button", { name: "Add the endpoint" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Copy the signing secret now");
    await expectAccessible(page);
    await page.getByRole("link", { name: /back to webhooks/i }).click();
    const spare = page.locator("section[data-endpoint]", { hasText: `${receiver.url}/hooks/spare` });
    await spare.getByRole("button", { name: "Delete the endpoint" }).click();
    await expect(page.getByRole("status")).toContainText("deleted");
    await expect(spare).toHaveCount(0);

    // The page works without JavaScript: the same session in a browser that runs none.
    const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: new URL(page.url()).origin });
    await noScript.addCookies(await page.context().cookies());
    const admin = await noScript.newPage();
    await admin.goto("/admin/webhooks");
    await admin.getByLabel("Endpoint URL").fill(`${receiver.url}/hooks/e2e`);
    await admin.getByLabel(/A notice is withdrawn/).uncheck();
    await admin.getByRole("button", { name: "Add the endpoint" }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Copy the signing secret now");
    const secret = await admin.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await fetch(`${receiver.url}/__receiver/secret`, { method: "POST", body: JSON.stringify({ name: "e2e", secret }) });
    await admin.getByRole("link", { name: /back to webhooks/i }).click();
    const card = admin.locator("section[data-endpoint]", { hasText: `${receiver.url}/hooks/e2e` }).last();
    await expect(card).toContainText("Active");
    await expect(card).toContainText(`…${secret.slice(-4)}`);
    await expect(admin.locator("body")).not.toContainText(secret);

    // The French page keeps French typography (event identifiers in <code> are the API's names).
    await admin.goto("/admin/webhooks?lang=fr");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
    const frenchText = await admin.locator("body").evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("code").forEach((code) => code.remove());
      return copy.innerText;
    });
    expect(frenchTypographyProblems(frenchText)).toEqual([]);

    // The admin publishes a change with the earliest effective date.
    const noticeId = await publishAddition(page, name, "https://hooked-analytics.example");

    // The period runs out: the change takes effect and the receiver hears of it.
    await advanceDays(request, 31);
    const got = await eventually(async () => {
      const all: ReceivedWebhook[] = await (await fetch(`${receiver.url}/__receiver/received?name=e2e`)).json();
      return all.find((r) => JSON.parse(r.body).type === "change.effective" && JSON.parse(r.body).data.noticeId === noticeId);
    }, "the receiver's change.effective");
    expect(got.verified).toBe(true);
    const event = new Webhook(secret).verify(got.body, { "webhook-id": got.webhookId, "webhook-timestamp": got.timestamp, "webhook-signature": got.signature }) as { type: string; data: Record<string, unknown> };
    expect(event.type).toBe("change.effective");
    const list = await (await request.get("/subprocessors.json")).json();
    const listed = list.subprocessors.find((s: { name: string }) => s.name === name);
    expect(event.data).toMatchObject({ noticeId, subprocessorId: listed.id, subprocessorName: name, status: "effective", version: list.version });
    expect(list.history.map((n: { noticeId: string }) => n.noticeId)).toContain(noticeId);

    // The delivery log on the admin page says it was delivered (31 days on, the session is over).
    await noScript.close();
    await signInFromOutbox(page, request, ADMIN);
    await page.goto("/admin/webhooks");
    const logged = page.locator(`tr[data-delivery="${got.webhookId}"]`);
    await expect(logged).toContainText("A change takes effect");
    await expect(logged).toContainText("Delivered");
    await expect(logged).toContainText("HTTP 204");
    await expectAccessible(page);
  } finally {
    await receiver.close();
  }
});
