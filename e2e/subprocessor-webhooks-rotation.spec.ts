import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { frenchTypographyProblems } from "../app/_lib/i18n/french-typography";
import { startWebhookReceiver, type ReceivedWebhook } from "../standins/webhook-receiver/server";
import { eventually, expectAccessible, publishAddition, signInFromOutbox } from "./fixtures";

const ADMIN = "admin@roomtrust.test";

// Issue 12 §5, secret rotation as an admin lives it, without JavaScript: "Rotate secret" shows the
// new secret once and until when the previous one still signs; the tool's receiver, given only
// the new secret, verifies the next message, which the previous secret verifies too for the day.
test("rotating an endpoint's secret: the receiver verifies with the new one, the old one still works for the day", async ({ browser, page, request }) => {
  test.setTimeout(120_000);
  const receiver = await startWebhookReceiver();
  try {
    await signInFromOutbox(page, request, ADMIN);
    const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: new URL(page.url()).origin });
    await noScript.addCookies(await page.context().cookies());
    const admin = await noScript.newPage();

    await admin.goto("/admin/webhooks");
    await admin.getByLabel("Endpoint URL").fill(`${receiver.url}/hooks/rotation`);
    for (const label of [/A notice is withdrawn/, /A change takes effect/, /The objection window closes/]) await admin.getByLabel(label).uncheck();
    await admin.getByRole("button", { name: "Add the endpoint" }).click();
    const oldSecret = await admin.getByLabel("Signing secret").inputValue();
    await expect(admin.getByTestId("previous-secret-until")).toHaveCount(0);
    await admin.getByRole("link", { name: /back to webhooks/i }).click();

    const card = admin.locator("section[data-endpoint]", { hasText: `${receiver.url}/hooks/rotation` }).last();
    await card.getByRole("button", { name: "Rotate secret" }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Copy the signing secret now");
    await expect(admin.getByTestId("previous-secret-until")).toContainText(/until \d{1,2} \w+ \d{4} at \d{2}:\d{2} UTC/);
    const newSecret = await admin.getByLabel("Signing secret").inputValue();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    // The receiving tool is given only the new secret.
    await fetch(`${receiver.url}/__receiver/secret`, { method: "POST", body: JSON.stringify({ name: "rotation", secret: newSecret }) });

    await admin.getByRole("link", { name: /back to webhooks/i }).click();
    await expect(card).toContainText(`…${newSecret.slice(-4)}`);
    await expect(card).toContainText("Rotation under way");
    await expect(admin.locator("body")).not.toContainText(newSecret);
    // axe runs in the page's JavaScript: checked in the signed-in browser that has it.
    await page.goto("/admin/webhooks");
    await expect(page.locator("section[data-endpoint]", { hasText: `${receiver.url}/hooks/rotation` }).last()).toContainText("Rotation under way");
    await expectAccessible(page);
    await admin.goto("/admin/webhooks?lang=fr");
    const french = admin.locator("section[data-endpoint]", { hasText: `${receiver.url}/hooks/rotation` }).last();
    await expect(french).toContainText("Renouvellement en cours");
    await expect(french.getByRole("button", { name: "Renouveler le secret" })).toBeVisible();
    expect(frenchTypographyProblems(await french.locator("p.alert").innerText())).toEqual([]);

    // A notice published now reaches the receiver, signed with both secrets.
    const name = `Rotated Hooks ${Date.now() % 100000}`;
    const noticeId = await publishAddition(page, name, "https://rotated-hooks.example");

    const got = await eventually(async () => {
      const all: ReceivedWebhook[] = await (await fetch(`${receiver.url}/__receiver/received?name=rotation`)).json();
      return all.find((r) => JSON.parse(r.body).type === "notice.published" && JSON.parse(r.body).data.noticeId === noticeId);
    }, "the receiver's notice.published");
    expect(got.verified, "the receiver verified it with the new secret").toBe(true);
    const headers = { "webhook-id": got.webhookId, "webhook-timestamp": got.timestamp, "webhook-signature": got.signature };
    expect(got.signature.split(" ")).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(got.body, headers)).toMatchObject({ type: "notice.published" });
    await noScript.close();
  } finally {
    await receiver.close();
  }
});
