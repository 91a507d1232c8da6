import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DEV_AUTH_SECRET } from "./config";
import { DevApi } from "./dev";

describe("dev tools", () => {
  it("answer 404 when DEV_TOOLS is off", async () => {
    const result = await new DevApi({ ...env, DEV_TOOLS: "0", WEBHOOK_ALLOW_LOOPBACK: "0", APP_ORIGIN: "https://trust.example", AUTH_SECRET: "a-production-secret-that-is-long-enough-0123" }).clock();
    expect(result).toMatchObject({ ok: false, error: { code: "dev_tools_disabled", status: 404 } });
  });

  it("refuse to run production with the local development secret, as a 500 that reveals nothing", async () => {
    const result = await new DevApi({ ...env, DEV_TOOLS: "0", WEBHOOK_ALLOW_LOOPBACK: "0", APP_ORIGIN: "https://trust.example", AUTH_SECRET: DEV_AUTH_SECRET }).clock();
    expect(result).toMatchObject({ ok: false, error: { code: "internal", status: 500 } });
    expect(JSON.stringify(result)).not.toContain("AUTH_SECRET");
  });

  it("refuse to run production on a plain-http origin, as a 500 that reveals nothing", async () => {
    const result = await new DevApi({ ...env, DEV_TOOLS: "0", WEBHOOK_ALLOW_LOOPBACK: "0", APP_ORIGIN: "http://trust.example", AUTH_SECRET: "a-production-secret-that-is-long-enough-0123" }).clock();
    expect(result).toMatchObject({ ok: false, error: { code: "internal", status: 500 } });
    expect(JSON.stringify(result)).not.toContain("APP_ORIGIN");
  });

  it("move the application clock forward by whole days", async () => {
    const api = new DevApi(env);
    const before = await api.clock();
    const moved = await api.advanceClock({ advanceDays: 16 });
    expect(before.ok && moved.ok).toBe(true);
    if (before.ok && moved.ok) expect(moved.data.offsetMs - before.data.offsetMs).toBe(16 * 86_400_000);
  });

  it("refuse a clock move that is not a positive whole number of days", async () => {
    const api = new DevApi(env);
    for (const advanceDays of [0, -1, 1.5, "3", 10_000]) {
      expect(await api.advanceClock({ advanceDays })).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400 } });
    }
  });

  it("start every rate limit afresh on request, and only with dev tools on", async () => {
    await env.DB.prepare("insert into rate_limits (bucket, window_start, count) values ('magic-link:address:dev@roomtrust.test', 0, 9)").run();
    expect(await new DevApi(env).forgetRateLimits()).toMatchObject({ ok: true });
    expect(await env.DB.prepare("select count(*) as n from rate_limits").first<{ n: number }>()).toEqual({ n: 0 });
    const off = await new DevApi({ ...env, DEV_TOOLS: "0", WEBHOOK_ALLOW_LOOPBACK: "0", APP_ORIGIN: "https://trust.example", AUTH_SECRET: "a-production-secret-that-is-long-enough-0123" }).forgetRateLimits();
    expect(off).toMatchObject({ ok: false, error: { code: "dev_tools_disabled", status: 404 } });
  });

  it("seed the demo data once", async () => {
    const api = new DevApi(env);
    expect(await api.seedDemo()).toMatchObject({ ok: true, data: { seeded: true } });
    expect(await api.seedDemo()).toMatchObject({ ok: true, data: { seeded: false } });
    expect(await api.seedStatus()).toMatchObject({ ok: true, data: { seeded: true } });
    const count = await env.DB.prepare("select count(*) as n from subprocessors where status = 'active'").first<{ n: number }>();
    expect(count?.n).toBeGreaterThanOrEqual(6);
    // The demo shows French readers French (ADR 020): every subprocessor and the pending notice.
    const untranslated = await env.DB.prepare("select count(*) as n from subprocessors where french is null").first<{ n: number }>();
    expect(untranslated?.n).toBe(0);
    const notice = await env.DB.prepare("select proposed_french, reason_french from notices where subprocessor_id = 'sp_datadog'").first<{ proposed_french: string; reason_french: string }>();
    expect(JSON.parse(notice!.proposed_french)).toMatchObject({ purpose: expect.stringContaining("Surveillance"), dataCategories: expect.arrayContaining(["Métriques du service"]) });
    expect(notice!.reason_french).toContain("Nous remplaçons");
  });
});
