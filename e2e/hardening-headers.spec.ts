import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInFromOutbox } from "./fixtures";

// Issue 9, points 15 and 17: the headers and page details an outside scan checks. Static assets
// are answered by the Workers assets binding (public/_headers), the tablets' API and the plain
// pages by our entry, everything else by Next.js; each is checked where it is answered.

// Globex's admin: room-status.spec.ts signs Acme's in as often as the per-address limit allows.
const ORG_ADMIN = "salles@globex.test";
let finderLink: string;
let signedIn: string;

// One sign-in for the whole file: the room-finder link (with its key) and a saved session.
test.beforeAll(async ({ browser }, testInfo) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInFromOutbox(page, page.request, ORG_ADMIN);
  await page.goto("/admin/rooms");
  finderLink = (await page.getByTestId("finder-link").getAttribute("href"))!;
  signedIn = testInfo.outputPath("org-admin-session.json");
  await context.storageState({ path: signedIn });
  await context.close();
});

/**
 * Collects every style CSP violation a page reports, from before its first script runs. (zod
 * probes for eval inside a try on /display; that script-src report is expected and not counted.)
 */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      if (event.effectiveDirective.startsWith("style-src")) seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text()) && /style/i.test(message.text())) console.push(message.text());
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

test("static assets, Next's chunks and the tablets' API say nosniff", async ({ request }) => {
  // A chunk every Next.js page (the admin screens) loads, as the build that is running named it.
  const chunk = `/_next/${JSON.parse(readFileSync(".next/build-manifest.json", "utf8")).rootMainFiles[0]}`;
  for (const path of ["/styles.css", "/js/finder-live.js", "/js/display.js", "/js/msal.js", chunk, "/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/display.webmanifest"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["strict-transport-security"], path).toContain("max-age=");
  }
  const api = [
    await request.get("/api/display/config"),
    await request.post("/api/display/pair", { data: "{", headers: { "content-type": "application/json" } }),
    await request.post("/api/display/heartbeat", { data: { occupied: true } }),
    await request.get("/api/display/nope"),
  ];
  for (const response of api) {
    expect(response.status(), response.url()).toBeGreaterThanOrEqual(400);
    expect(response.headers()["x-content-type-options"], response.url()).toBe("nosniff");
    expect(response.headers()["content-type"], response.url()).toBe("application/problem+json");
  }
});

test("a favicon, a home-screen icon and the display's web manifest are served and linked", async ({ request, page }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\/(vnd\.microsoft\.icon|x-icon)/);
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  const touch = await request.get("/apple-touch-icon.png");
  expect(touch.headers()["content-type"]).toBe("image/png");
  expect((await touch.body()).subarray(1, 4).toString()).toBe("PNG");

  for (const path of ["/subprocessors", "/admin/sign-in"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="icon"][href="/favicon.ico"]'), path).toHaveCount(1);
    await expect(page.locator('link[rel="apple-touch-icon"]'), path).toHaveAttribute("href", "/apple-touch-icon.png");
  }

  for (const [lang, name] of [["en", "Room display"], ["fr", "Écran de salle"]] as const) {
    await page.goto(`/display?lang=${lang}`);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({ short_name: name, lang, scope: "/display" });
    expect(manifest.start_url).toMatch(/^\/display/);
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"], icon.src).toContain(icon.type);
    }
  }
});

test("public pages carry a meta description in the page's language", async ({ page }) => {
  const descriptions = new Set<string>();
  for (const path of ["/subprocessors", "/subprocessors?lang=fr", "/admin/sign-in", "/admin/sign-in?lang=fr"]) {
    await page.goto(path);
    const description = page.locator('meta[name="description"]');
    await expect(description, path).toHaveCount(1);
    const content = (await description.getAttribute("content"))!;
    expect(content.length, path).toBeGreaterThan(50);
    expect(content, path).toMatch(path.endsWith("fr") ? /sous-traitants ultérieurs/ : /subprocessors/);
    descriptions.add(content);
  }
  expect(descriptions.size).toBe(2);
});

test("the room finder, whose URL carries its key, says noindex and sends no Referer", async ({ page }) => {
  expect(finderLink).toMatch(/[?&]key=/);
  for (const path of [finderLink, `${finderLink}&view=board`, "/rooms/acme?key=wrong"]) {
    const response = (await page.goto(path))!;
    expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
    expect(response.headers()["x-robots-tag"], path).toBe("noindex");
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute("content", "noindex");
  }
  // Browsers act on it: a link followed from the finder carries no Referer.
  await page.goto(finderLink);
  const next = page.waitForRequest((request) => new URL(request.url()).pathname === "/subprocessors");
  await page.locator('.site-header nav a[href^="/subprocessors"]').click();
  expect((await next).headers()["referer"]).toBeUndefined();
  // Other pages keep the default policy.
  expect((await page.goto("/subprocessors"))!.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("no page needs 'unsafe-inline' for styles, and pages are still styled", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: signedIn })).newPage();
  const violations = await watchCspViolations(page);
  for (const path of ["/subprocessors", finderLink, `${finderLink}&view=board`, "/admin/rooms", "/admin", "/admin/sign-in", "/display", "/nope"]) {
    const response = (await page.goto(path))!;
    const csp = response.headers()["content-security-policy"]!;
    expect(/style-src ([^;]*)/.exec(csp)?.[1], path).toBe("'self'");
    expect(csp, path).not.toContain("unsafe-inline");
    // The stylesheet applied: body text is in the site's font stack, the page has no default margin.
    const body = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { margin: style.margin, font: getComputedStyle(document.documentElement).fontFamily };
    });
    expect(body, path).toEqual({ margin: "0px", font: expect.stringContaining("system-ui") });
    expect(await violations(), path).toEqual([]);
  }
  await page.goto("/subprocessors");
  await expect(page.locator(".site-header")).toHaveCSS("border-bottom-style", "solid");
});
