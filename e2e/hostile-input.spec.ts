import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { outbox, publishAddition, signInFromOutbox } from "./fixtures";

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
    await expectRefused(await request.post(path, { headers: FORM, data: form({ email: "a@b.test", pad: "x".repeat(100_000) }) }), `${path} oversized`);
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

// A cookie is the browser's to send: one that is not a session token (hand-edited, a broken
// percent-escape, empty, far too long) is no session, on public pages, admin pages and sign-out
// alike. It once answered 500 everywhere it was read, and sign-out could not clear it.
test("a session cookie that is not a session token counts as no session", async ({ request }) => {
  for (const value of ["%ff", "", "not a token", `${"a".repeat(5000)}.b.c`]) {
    const cookie = { cookie: `rt_session=${value}` };
    const finder = await request.get("/rooms/acme?key=wrong", { headers: cookie });
    expect(finder.status(), `finder with rt_session=${value.slice(0, 10)}`).toBe(404);
    const admin = await request.get("/admin", { headers: cookie, maxRedirects: 0 });
    expect(admin.status(), `admin with rt_session=${value.slice(0, 10)}`).toBeLessThan(400);
    expect(await admin.text()).not.toContain("Something went wrong");
    const origin = new URL(finder.url()).origin;
    const signOut = await request.post("/admin/sign-out", { headers: { ...cookie, ...FORM, origin }, data: "", maxRedirects: 0 });
    expect(signOut.status(), `sign-out with rt_session=${value.slice(0, 10)}`).toBe(303);
    expect(signOut.headers()["set-cookie"]).toMatch(/^rt_session=; .*Max-Age=0/);
  }
});

// The form's limits are in characters (maxlength) and the body's in bytes: grounds in a script of
// three UTF-8 bytes a character, percent-encoded, are nine bytes each. The longest grounds the
// form allows must arrive, whatever their script, not be refused as too large and lost.
test("the objection form takes grounds at their longest in any script", async ({ page, request }) => {
  // A notice of its own, published now: the demo's may have closed its window as the suite moved the clock.
  await signInFromOutbox(page, request, "admin@roomtrust.test");
  const id = await publishAddition(page, `Longest Grounds ${Date.now()}`, "https://longest-grounds.example");
  const grounds = "数据处理 个人信息 安全 ".repeat(400).slice(0, 5000);
  expect(grounds).toHaveLength(5000);
  const response = await request.post(`/subprocessors/notices/${id}/object?lang=fr`, {
    headers: FORM,
    data: form({ intent: "object", organisation: "北京数据有限公司", contactEmail: `longest-grounds-${Date.now()}@customer.test`, grounds }),
  });
  expect(response.status(), (await response.text()).slice(0, 300)).toBe(202);
});
