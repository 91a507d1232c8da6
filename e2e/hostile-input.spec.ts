import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { outbox } from "./fixtures";

// Fault test (issue 4): every public form and endpoint, fed hostile input. Each must answer a 4xx
// with a message, never a 500; store nothing (no email goes out, nothing appears anywhere); and
// never echo the payload unescaped.

const SCRIPT = "<script>alert(1)</script>";
const HTML = '"><img src=x onerror=alert(1)>';
const SQL = "' OR 1=1; DROP TABLE subscribers; --";
const LONG_EMAIL = `${"a".repeat(300)}@example.com`;
const HEADER_INJECTION = "dpo@customer.test\r\nBcc: everyone@evil.test";
const LOOK_ALIKE = "аdmin@roomtrust.test"; // the first letter is Cyrillic
const FULLWIDTH = "ｄｐｏ@customer.test";
const INVALID_UTF8 = Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff, 0xfe, 0xc3, 0x28]);

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "content-type": "application/x-www-form-urlencoded" };

async function noticeId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/subprocessors")).text();
  const id = /\/subprocessors\/notices\/(ntc_[a-z0-9]+)/.exec(html)?.[1];
  expect(id, "the demo data has a pending notice").toBeTruthy();
  return id!;
}

async function expectRefused(response: APIResponse, label: string) {
  const body = await response.text();
  expect(response.status(), `${label}: ${body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(response.status(), label).toBeLessThan(500);
  expect(body.length, `${label} says what went wrong`).toBeGreaterThan(20);
  for (const raw of [SCRIPT, "<img src=x onerror"]) expect(body, `${label} echoes markup`).not.toContain(raw);
}

test("public forms refuse hostile input with a clear 4xx, store nothing, echo nothing", async ({ request }) => {
  const id = await noticeId(request);
  const sentBefore = (await outbox(request)).length;
  const emailLike = [SCRIPT, HTML, SQL, LONG_EMAIL, HEADER_INJECTION, LOOK_ALIKE, FULLWIDTH, ""];

  for (const email of emailLike) {
    await expectRefused(await request.post("/subprocessors/subscribe", { headers: FORM, data: form({ email, lang: "en" }) }), `subscribe ${JSON.stringify(email)}`);
    await expectRefused(await request.post("/admin/sign-in", { headers: FORM, data: form({ email }) }), `sign-in ${JSON.stringify(email)}`);
    await expectRefused(
      await request.post(`/subprocessors/notices/${id}/object`, { headers: FORM, data: form({ intent: "link", email }) }),
      `objection link ${JSON.stringify(email)}`,
    );
  }
  for (const token of [SCRIPT, SQL, "x".repeat(5000), ""]) {
    await expectRefused(await request.post("/subprocessors/unsubscribe", { headers: FORM, data: form({ token }) }), `unsubscribe token`);
    await expectRefused(await request.post("/admin/sign-in/verify", { headers: FORM, data: form({ token }) }), `verify token`);
    await expectRefused(
      await request.post(`/subprocessors/notices/${id}/object`, { headers: FORM, data: form({ token, organisation: SCRIPT, contactEmail: HEADER_INJECTION, grounds: SQL }) }),
      `objection with a bad token`,
    );
  }
  for (const path of ["/subprocessors/subscribe", "/admin/sign-in", `/subprocessors/notices/${id}/object`, "/subprocessors/unsubscribe"]) {
    await expectRefused(await request.post(path, { headers: { "content-type": "application/json" }, data: '{"email":"a@b.test"}' }), `${path} as JSON`);
    await expectRefused(await request.post(path, { headers: { "content-type": "text/plain" }, data: "email=a@b.test" }), `${path} as text`);
    await expectRefused(await request.post(path, { headers: FORM, data: form({ email: "a@b.test", pad: "x".repeat(20_000) }) }), `${path} oversized`);
    await expectRefused(await request.post(path, { headers: FORM, data: INVALID_UTF8 }), `${path} invalid UTF-8`);
  }
  // Hostile paths and query strings on pages: a clear 4xx page or the normal page, never a 500 or an echo.
  for (const path of [`/subprocessors/notices/${encodeURIComponent(SQL)}`, `/subprocessors/notices/${encodeURIComponent(SCRIPT)}`, `/rooms/${encodeURIComponent(SCRIPT)}?key=${encodeURIComponent(HTML)}`, "/rooms/%E0%A4?key=x", `/rooms/acme?key=${"k".repeat(5000)}`]) {
    await expectRefused(await request.get(path), `GET ${path}`);
  }
  const listing = await request.get(`/subprocessors?lang=${encodeURIComponent(SCRIPT)}&q=${encodeURIComponent(HTML)}`);
  expect(listing.status()).toBe(200);
  expect(await listing.text()).not.toContain(SCRIPT);

  expect((await outbox(request)).length, "no email was sent for any hostile input").toBe(sentBefore);
});

test("the tablets' API refuses hostile input the same way", async ({ request }) => {
  const json = { "content-type": "application/json" };
  for (const data of [`{"code":${JSON.stringify(SCRIPT)}}`, `{"code":${JSON.stringify(SQL)}}`, `{"code":"${"A".repeat(5000)}"}`, "null", "[]", '{"code":1}']) {
    const response = await request.post("/api/display/pair", { headers: json, data });
    expect(response.status(), data.slice(0, 40)).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).not.toContain(SCRIPT);
  }
  for (const authorization of [`Bearer ${SCRIPT}`, `Bearer ${"x".repeat(5000)}`, "Basic dXNlcjpwYXNz", `Bearer ${SQL}`]) {
    const response = await request.post("/api/display/heartbeat", { headers: { ...json, authorization }, data: '{"occupied":true}' });
    expect(response.status(), authorization.slice(0, 30)).toBe(401);
  }
  const invalidUtf8 = await request.post("/api/display/pair", { headers: json, data: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) });
  expect(invalidUtf8.status()).toBe(400);
});
