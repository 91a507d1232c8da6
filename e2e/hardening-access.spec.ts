import { request as http } from "node:http";
import { expect, test } from "@playwright/test";
import { linkIn, readEmail, signInFromOutbox } from "./fixtures";

// Issue 9, as an outside attacker tries it against the running app: the origin, links that mail
// scanners open, objections from unproven addresses, and sessions after sign-out.

const port = Number(process.env.E2E_PORT ?? 8788);

/** A raw HTTP request with any Host header (fetch and browsers will not forge one). */
function rawGet(path: string, host: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http({ host: "127.0.0.1", port, path, method: "GET", headers: { host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    });
    req.on("error", reject);
    req.end();
  });
}

test("a forged Host header never steers a redirect, and 127.0.0.1 leads to the one origin", async ({ page }) => {
  for (const path of ["/", "/admin", "/subprocessors/subscribe", "/admin/rooms"]) {
    const { location } = await rawGet(path, "evil.example");
    expect(location, path).toBe(`http://localhost:${port}${path}`);
    const forwarded = await rawGet(path, `localhost:${port}`);
    expect(forwarded.location ?? "", path).not.toContain("evil.example");
  }
  // A local run opened at 127.0.0.1: the page lands on localhost and its forms work there.
  await page.goto(`http://127.0.0.1:${port}/admin/sign-in`);
  await expect(page).toHaveURL(`http://localhost:${port}/admin/sign-in`);
  await page.getByLabel(/email/i).fill("nobody@example.com");
  await page.getByRole("button", { name: /sign-in link|send|sign in/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/inbox/i);
});

test("opening a confirmation link confirms nothing; pressing its button does", async ({ page, request }) => {
  const email = `scanner.${Date.now()}@customer.test`;
  await request.post("/subprocessors/subscribe", { form: { email, lang: "en" } });
  const link = linkIn(await readEmail(request, email, /confirm/i), "/subprocessors/confirm");
  // A mail scanner follows the link with GET, twice.
  expect((await request.get(link)).status()).toBe(200);
  expect((await request.get(link)).status()).toBe(200);
  await page.goto(link);
  await page.getByRole("button", { name: /confirm my subscription/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/subscription confirmed/i);
  await page.goto(link);
  await page.getByRole("button", { name: /confirm my subscription/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/already confirmed/i);
});

test("an objection from an unproven address records nothing and sends only our link", async ({ page, request }) => {
  const list = await (await request.get("/subprocessors.json")).json();
  const open = list.pendingChanges.find((n: { status: string }) => n.status === "published");
  test.skip(!open, "no notice open for objections (another test moved the clock)");
  const objectPath = `${new URL(open.url).pathname}/object`;
  const victim = `victim.${Date.now()}@customer.test`;
  // A script posts the full form with someone else's address and its own text.
  const posted = await request.post(objectPath, {
    form: { organisation: "Mallory Ltd", contactEmail: victim, grounds: "Buy cheap watches at evil.example today, this is not an objection at all.", lang: "en" },
  });
  expect(posted.status()).toBe(202);
  expect(await posted.text()).toContain("not recorded yet");
  const mail = await readEmail(request, victim, /link to object/i);
  expect(`${mail.text}\n${mail.html}`).not.toContain("evil.example");
  expect(`${mail.text}`).not.toContain("Mallory");
  // The person opens the form: it asks for their address first, then the emailed link opens the form.
  await page.goto(objectPath);
  await expect(page.getByLabel(/grounds/i)).toHaveCount(0);
  await page.goto(linkIn(mail, "/object?token="));
  await expect(page.getByLabel(/contact email/i)).toHaveValue(victim);
  await expect(page.getByLabel(/contact email/i)).toHaveJSProperty("readOnly", true);
});

test("signing out ends the session: a copy of the cookie no longer works", async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInFromOutbox(page, request, "admin@roomtrust.test");
  await expect(page).toHaveURL(/\/admin\/?(\?.*)?$/);
  const cookie = (await context.cookies()).find((c) => c.name === "rt_session")!;
  await page.getByRole("button", { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  // The attacker kept a copy of the cookie.
  const stolen = await browser.newContext();
  await stolen.addCookies([cookie]);
  const again = await stolen.newPage();
  await again.goto("/admin");
  await expect(again).toHaveURL(/\/admin\/sign-in/);
  await stolen.close();
  await context.close();
});
