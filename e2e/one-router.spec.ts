import { expect, test, type APIResponse, type Browser, type Page } from "@playwright/test";
import { signInFromOutbox } from "./fixtures";

const VENDOR_ADMIN = "admin@roomtrust.test";

// Issue 14 §1 and issue 16: one router, one middleware chain, one error exit. Every kind of
// response carries the same security headers and a fresh nonce; unknown addresses get one 404
// page and unexpected failures one 500 page, in the visitor's language; JSON routes fail with an
// RFC 9457 problem document.

const SECURITY_HEADERS = {
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "cross-origin-opener-policy": "same-origin",
};

/** What an API response and a page navigation's response both have. */
type Answered = Pick<APIResponse, "headers" | "url">;

function nonceOf(response: Answered): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce, `${response.url()} has a CSP script nonce`).toBeTruthy();
  expect(policy, response.url()).toContain("frame-ancestors 'none'");
  return nonce!;
}

// The tablet app alone lets the pop-ups it opens keep their link back (Google's sign-in answers its
// opener: app/_lib/security-headers.ts); everything else is cut off from other windows.
const TABLET_APP = { ...SECURITY_HEADERS, "cross-origin-opener-policy": "same-origin-allow-popups" };

function expectSecured(response: Answered) {
  const expected = new URL(response.url()).pathname === "/display" ? TABLET_APP : SECURITY_HEADERS;
  for (const [name, value] of Object.entries(expected)) expect(response.headers()[name], `${name} on ${response.url()}`).toBe(value);
  return nonceOf(response);
}

test("every kind of response carries the same security headers and its own nonce", async ({ browser, request }) => {
  const admin = await signedInAdmin(browser);
  const kinds: [string, Promise<APIResponse>][] = [
    ["router page", request.get("/subprocessors")],
    ["form post", request.post("/subprocessors/subscribe", { form: { email: "not an address" } })],
    ["device API", request.post("/api/display/heartbeat", { data: { occupied: true } })],
    ["feed", request.get("/subprocessors/feed.xml")],
    ["JSON list", request.get("/subprocessors.json")],
    ["tablet app", request.get("/display")],
    ["Next.js page", admin.request.get("/admin")],
    ["404", request.get("/nope")],
  ];
  const nonces = new Set<string>();
  for (const [kind, pending] of kinds) {
    const response = await pending;
    await test.step(kind, () => { nonces.add(expectSecured(response)); });
  }
  expect(nonces.size, "a fresh nonce per response").toBe(kinds.length);
});

test("the health check answers 204 to a GET and to a POST with a heartbeat's body, which it does not read", async ({ request }) => {
  expect((await request.get("/api/health")).status()).toBe(204);
  const post = await request.post("/api/health", { data: { occupied: true }, headers: { authorization: "Bearer not-a-token" } });
  expect(post.status()).toBe(204);
  expect(await post.text()).toBe("");
});

test("pages put the response's nonce on their scripts, Next.js's and the router's alike", async ({ browser, request }) => {
  const admin = await signedInAdmin(browser);
  // Next.js's scripts on an admin screen, the router's on the tablet app and on a refused finder link.
  for (const [path, client, hasScripts] of [["/admin", admin.request, true], ["/display", request, true], ["/rooms/acme?key=wrong", request, false]] as const) {
    const response = await client.get(path);
    const nonce = nonceOf(response);
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    if (hasScripts) expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0);
    for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
  }
});

/** A vendor admin's signed-in page: the admin screens are the Next.js pages left. */
async function signedInAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInFromOutbox(page, page.request, VENDOR_ADMIN);
  return page;
}

test("an unknown address is one 404 page, in the visitor's language", async ({ page, browser }) => {
  for (const [path, lang, heading] of [
    ["/nope", "en", "Page not found"],
    ["/admin/nope", "en", "Page not found"],
    ["/nope?lang=fr", "fr", "Page introuvable"],
    ["/admin/nope?lang=fr", "fr", "Page introuvable"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    // Not the room finder's "link not valid" page, which an unknown URL used to show.
    await expect(page.getByText(/room-finder|salles/i), path).toHaveCount(0);
  }
  // No ?lang=: a browser set to French (Accept-Language) gets it in French.
  const french = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await french.goto("/admin/nope");
  await expect(french.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
});

test("an unexpected failure is a 500 page that reveals nothing, from the router and from Next.js", async ({ page }) => {
  for (const [path, lang, heading] of [
    ["/dev/fail", "en", "Something went wrong"],
    ["/dev/fail?lang=fr", "fr", "Une erreur est survenue"],
    ["/dev/fail-next", "en", "Something went wrong"],
    ["/dev/fail-next?lang=fr", "fr", "Une erreur est survenue"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(500);
    await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    const html = await response!.text();
    expect(html, path).not.toMatch(/secret-detail|Error:|at \w+ \(|stack|digest/i);
    expectSecured(response!);
  }
});

/** A WebSocket handshake's headers, from a page of `origin` (null: a client that is no browser page). */
function webSocketHandshake(origin: string | null): Record<string, string> {
  const handshake = { upgrade: "websocket", connection: "Upgrade", "sec-websocket-version": "13", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==" };
  return origin === null ? handshake : { ...handshake, origin };
}

test("a JSON route's error is an RFC 9457 problem document", async ({ request }) => {
  const cases: [string, Promise<APIResponse>, number, string][] = [
    ["heartbeat without a token", request.post("/api/display/heartbeat", { data: { occupied: true } }), 401, "device_unauthorized"],
    ["pairing with a bad code", request.post("/api/display/pair", { data: { code: "<script>" } }), 400, "validation_failed"],
    ["an unknown device route", request.get("/api/display/nope"), 404, "not_found"],
    ["a wrong method", request.get("/api/display/heartbeat"), 405, "method_not_allowed"],
    ["a dev tool without its JSON", request.post("/dev/clock", { data: "no json", headers: { "content-type": "application/json" } }), 400, "validation_failed"],
    // The room finder's live connection: refused by the app worker, or by the core behind it.
    ["a live connection that is not a WebSocket", request.get("/rooms/acme/live"), 426, "websocket_expected"],
    ["a live connection from another site", request.get("/rooms/acme/live", { headers: webSocketHandshake("https://evil.example") }), 403, "cross_site_socket"],
    ["a live connection with a wrong link key", request.get("/rooms/acme/live?key=wrong", { headers: webSocketHandshake(null) }), 403, "finder_access_denied"],
  ];
  for (const [name, pending, status, code] of cases) {
    const response = await pending;
    expect(response.status(), name).toBe(status);
    expect(response.headers()["content-type"], name).toBe("application/problem+json");
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem, name).toMatchObject({ type: "about:blank", status, code });
    expect(typeof problem.title, name).toBe("string");
    expect(typeof problem.detail, name).toBe("string");
  }
  expect((await request.get("/api/display/heartbeat")).headers()["allow"]).toBe("POST");
});

test("a cross-site form post is refused by the chain, as a page in the visitor's language", async ({ request }) => {
  const response = await request.post("/subprocessors/subscribe?lang=fr", { headers: { origin: "https://evil.example" }, form: { email: "a@b.test" } });
  expect(response.status()).toBe(403);
  expectSecured(response);
  expect(await response.text()).toContain("provient d’un autre site");
});
