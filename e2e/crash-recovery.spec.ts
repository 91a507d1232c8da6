import { expect, test } from "@playwright/test";
import { startLocal, stopProcess } from "../scripts/local-run.mjs";
import { linkIn, outbox, readEmail, signInFromOutbox, suiteOutbox } from "./fixtures";

// Fault test (issue 9, point 8): the notice's clock dies right after a publish reached D1 (a
// dev-only crash point, not a sleep race), then the whole worker process is killed and started
// again on the same persisted state. The publish must finish by itself — its email sent once —
// and the notice must not be stuck: it can be withdrawn.

// A run of its own beside the suite's server, on a port derived from the suite's. It sends to the
// suite's Resend stand-in, which the kill does not touch (the provider is not part of the crash).
const PORT = Number(process.env.E2E_PORT ?? 8788) + 1000;
// Beside the suite's server, which holds INSPECTOR_PORT when one is set.
const INSPECTOR_PORT = process.env.INSPECTOR_PORT ? Number(process.env.INSPECTOR_PORT) + 1000 : undefined;
const STATE = ".wrangler/crash-recovery";
const ADMIN = "admin@roomtrust.test";

test("a worker killed between a publish's D1 write and its clock's save finishes the publish after restart", async ({ browser, playwright }) => {
  test.setTimeout(240_000);
  let server = await startLocal({ port: PORT, stateDir: STATE, fresh: true, quiet: true, outbox: suiteOutbox, inspectorPort: INSPECTOR_PORT });
  const request = await playwright.request.newContext({ baseURL: server.origin });
  const context = await browser.newContext({ baseURL: server.origin });
  try {
    const dpo = `dpo.${Date.now()}@customer.test`;
    const name = `Crash Analytics ${Date.now() % 100000}`;
    const page = await context.newPage();

    // A confirmed subscriber, so the publish owes an email.
    await page.goto("/subprocessors");
    await page.getByLabel(/email/i).first().fill(dpo);
    await page.getByRole("button", { name: /subscribe/i }).click();
    await page.goto(linkIn(await readEmail(request, dpo, /confirm/i), "/subprocessors/confirm"));
    const confirm = page.getByRole("button", { name: /confirm/i });
    if (await confirm.count()) await confirm.click();
    await expect(page.getByRole("main")).toContainText(/confirmed|subscribed/i);

    // The admin drafts a change.
    await signInFromOutbox(page, request, ADMIN);
    await page.goto("/admin/notices/new");
    await page.getByLabel(/add/i).check();
    await page.getByLabel(/^name/i).fill(name);
    await page.getByLabel(/legal entity/i).fill(`${name} SAS`);
    await page.getByLabel("Purpose", { exact: true }).fill("Anonymous usage analytics of the admin portal");
    await page.getByLabel("Processing location", { exact: true }).fill("France");
    await page.getByLabel("Data categories", { exact: true }).fill("Usage events");
    await page.getByLabel("Transfer mechanism", { exact: true }).fill("Processing within the EEA");
    await page.getByLabel(/website/i).fill("https://crash-analytics.example");
    await page.getByLabel("Reason for the change", { exact: true }).fill("We want to understand which admin features are used.");
    await page.getByRole("button", { name: /draft|save|create/i }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    const noticeId = /\/admin\/notices\/(ntc_[a-z0-9]+)/.exec(page.url())?.[1];
    expect(noticeId, page.url()).toBeTruthy();

    // Publishing dies once D1 holds the publication, before the emails are owed and the clock saves.
    const armed = await request.post("/dev/crash", { data: { noticeId, at: "d1_written" } });
    expect(armed.ok(), await armed.text()).toBe(true);
    await page.getByRole("button", { name: /publish/i }).click();
    await expect(page.getByRole("main")).toContainText(/went wrong/i);
    await stopProcess(server.child, "SIGKILL");

    server = await startLocal({ port: PORT, stateDir: STATE, quiet: true, outbox: suiteOutbox, inspectorPort: INSPECTOR_PORT });
    // Nobody calls the notice: its alarm, armed before the D1 write, finishes the publish.
    const notice = await readEmail(request, dpo, new RegExp(name));
    expect(linkIn(notice, "/object?token=")).toContain(noticeId);

    // Not stuck: it shows as published and can be withdrawn, and the withdrawal is emailed.
    await page.goto(`/admin/notices/${noticeId}`);
    await expect(page.getByRole("main")).toContainText(/objection window open/i);
    await page.getByLabel(/why is it withdrawn/i).fill("We chose another vendor.");
    await page.getByRole("button", { name: /withdraw the change/i }).click();
    await expect(page.getByRole("main")).toContainText(/withdrawn/i);
    await readEmail(request, dpo, /withdrawn|retir/i);

    // Each email reached the subscriber once.
    const toDpo = (await outbox(request)).filter((message) => message.to.includes(dpo));
    const subjects = toDpo.map((message) => message.subject);
    expect(subjects.filter((subject) => subject.includes(name) && !/withdrawn/i.test(subject))).toHaveLength(1);
    expect(new Set(subjects).size).toBe(subjects.length);
  } finally {
    await context.close();
    await request.dispose();
    await server.stop();
  }
});
