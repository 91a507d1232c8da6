import { expect, test } from "@playwright/test";
import { expectAccessible, outbox, readEmail, signInFromOutbox, suiteOutbox } from "./fixtures";

// The local Resend stand-in (standins/resend/, a process of its own) answers as Resend documents
// (issue 9, point 19), the app's own emails reach it through the real resend client, and a person
// reads them on its /dev/outbox pages. The app itself has no outbox (issue 14, point 5).

/** The key scripts/local-run.mjs gives the core worker. */
const localKey = "Bearer re_local_outbox";
const email = { from: "Roomtrust <notices@roomtrust.test>", to: ["e2e.outbox@customer.test"], subject: "Outbox check", text: "Hello" };

test("the local outbox refuses what Resend refuses, with Resend's statuses and names", async ({ request }) => {
  const post = async (headers: Record<string, string>, data: unknown) => {
    const response = await request.post(`${suiteOutbox.origin}/emails/batch`, { headers: { "content-type": "application/json", ...headers }, data: JSON.stringify(data) });
    return { status: response.status(), name: ((await response.json()) as { name?: string }).name };
  };
  expect(await post({}, [email])).toEqual({ status: 401, name: "missing_api_key" });
  expect(await post({ authorization: "Bearer re_wrong" }, [email])).toEqual({ status: 403, name: "invalid_api_key" });
  expect(await post({ authorization: localKey, "idempotency-key": "k".repeat(257) }, [email])).toEqual({ status: 400, name: "invalid_idempotency_key" });
  const { from: _from, ...withoutFrom } = email;
  expect(await post({ authorization: localKey }, [withoutFrom])).toEqual({ status: 422, name: "missing_required_field" });
  expect(await post({ authorization: localKey }, [{ ...email, priority: "high" }])).toEqual({ status: 400, name: "validation_error" });
  expect((await outbox(request)).some((m) => m.to.includes(email.to[0]!))).toBe(false);
  expect((await post({ authorization: localKey }, [email])).status).toBe(200);
  expect((await outbox(request)).some((m) => m.to.includes(email.to[0]!))).toBe(true);
});

test("the app's own emails still reach the outbox through the real client", async ({ page, request }) => {
  await signInFromOutbox(page, request, "admin@roomtrust.test");
  await expect(page).toHaveURL(/\/admin/);
});

test("the app answers no outbox and no Resend endpoint of its own", async ({ request }) => {
  for (const path of ["/dev/outbox", "/dev/outbox.json"]) expect((await request.get(path)).status(), path).toBe(404);
  for (const path of ["/dev/resend/emails", "/dev/resend/emails/batch"]) expect((await request.post(path, { data: [email] })).status(), path).toBe(404);
});

test("a person finds the app's email on the outbox page and follows its link", async ({ page, request }) => {
  expect((await request.delete("/dev/rate-limits")).ok()).toBe(true);
  const to = `outbox.reader.${Date.now()}@customer.test`;
  await page.goto("/subprocessors");
  await page.getByLabel(/email/i).first().fill(to);
  await page.getByRole("button", { name: /subscribe/i }).click();
  const confirm = await readEmail(request, to, /confirm/i);

  await page.goto(`${suiteOutbox.origin}/dev/outbox?lang=en`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outbox");
  const card = page.getByRole("article").filter({ hasText: to });
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(confirm.subject);
  await expectAccessible(page);
  await card.getByRole("link", { name: /\/subprocessors\/confirm/ }).click();
  await expect(page).toHaveURL(/\/subprocessors\/confirm/);
});

test("the outbox pages speak French, and show one message whole", async ({ page, request }) => {
  const to = `lecteur.${Date.now()}@client.test`;
  const sent = await request.post(`${suiteOutbox.origin}/emails`, {
    headers: { authorization: localKey, "content-type": "application/json" },
    data: { ...email, to: [to], subject: "Confirmez votre abonnement", html: "<h1>Bonjour</h1><p>Confirmez ici.</p>", text: "Bonjour. Confirmez ici : http://localhost/subprocessors/confirm?token=t" },
  });
  expect(sent.status()).toBe(200);
  const { id } = (await sent.json()) as { id: string };

  await page.goto(`${suiteOutbox.origin}/dev/outbox?lang=en`);
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boîte d’envoi");
  await expect(page.getByText(/Du plus récent au plus ancien/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("article").filter({ hasText: to }).getByRole("link", { name: "Confirmez votre abonnement" }).click();
  await expect(page).toHaveURL(`${suiteOutbox.origin}/dev/outbox/${id}?lang=fr`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmez votre abonnement");
  await expect(page.getByRole("heading", { level: 2, name: "Tel que le destinataire le voit" })).toBeVisible();
  await expect(page.frameLocator("iframe.email-frame").getByRole("heading", { name: "Bonjour" })).toBeVisible();
  // The page around the message; the message itself is the sender's HTML, in a frame with no
  // scripts (sandbox=""), where axe's frame messaging can wait until the test times out.
  await expectAccessible(page, { exclude: "iframe.email-frame" });
});
