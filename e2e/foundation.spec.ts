import { expect, test } from "@playwright/test";

test("dev tools answer and the demo data is seeded", async ({ request }) => {
  const seed = await request.get("/dev/seed");
  expect(seed.status()).toBe(200);
  expect(await seed.json()).toEqual({ seeded: true });
  const clock = await (await request.get("/dev/clock")).json();
  expect(clock.offsetMs).toBe(0);
});

test("every response carries the security headers", async ({ request }) => {
  const response = await request.get("/dev/clock");
  const headers = response.headers();
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});

test("a cross-site form post is refused", async ({ request }) => {
  const response = await request.post("/dev/seed", { headers: { origin: "https://evil.example" } });
  expect(response.status()).toBe(403);
});
