import { expect, test } from "@playwright/test";

test("dev tools answer and the demo data is seeded", async ({ request }) => {
  const seed = await request.get("/dev/seed");
  expect(seed.status()).toBe(200);
  expect(await seed.json()).toEqual({ seeded: true });
  // Other specs move the shared clock forward; whatever its offset, it reads real time plus it.
  const clock = await (await request.get("/dev/clock")).json();
  expect(clock.offsetMs).toBeGreaterThanOrEqual(0);
  expect(Math.abs(clock.now - (Date.now() + clock.offsetMs))).toBeLessThan(60_000);
});

test("every response carries the security headers, pages rendered before Next.js included", async ({ request }) => {
  // /dev/clock goes through Next.js; /subprocessors and /rooms/{org} are answered before it.
  for (const path of ["/dev/clock", "/subprocessors", "/rooms/acme?key=wrong"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    // The room finder's URL carries its key, so it sends no Referer at all (e2e/hardening-headers.spec.ts).
    expect(headers["referrer-policy"], path).toBe(path.startsWith("/rooms/") ? "no-referrer" : "strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(headers["content-security-policy"], path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
});

test("a cross-site form post is refused", async ({ request }) => {
  const response = await request.post("/dev/seed", { headers: { origin: "https://evil.example" } });
  expect(response.status()).toBe(403);
});
