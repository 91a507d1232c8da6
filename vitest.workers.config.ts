import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests that run inside workerd: the core worker, its D1 database (migrations applied in the
// setup file) and its Durable Objects, exactly as wrangler would run them.
export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./workers/core/wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("./db/migrations"),
          DEV_TOOLS: "1",
          AUTH_SECRET: "test-secret-that-is-long-enough-to-be-accepted-0123456789",
          RESEND_API_KEY: "re_test",
          RESEND_BASE_URL: process.env.RESEND_STANDIN_URL ?? "http://127.0.0.1:9/unset",
          APP_ORIGIN: "http://localhost:8787",
        },
      },
    }),
  ],
  test: {
    include: ["workers/**/*.worker.test.ts", "db/**/*.worker.test.ts", "emails/**/*.worker.test.ts"],
    setupFiles: ["./workers/test/apply-migrations.ts"],
    globalSetup: ["./workers/test/resend-standin.global.ts"],
    testTimeout: 20_000,
  },
}));
