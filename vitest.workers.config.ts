import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
// Vite loads this config before any alias exists: the stand-in and what it imports
// (standins/resend/, app/_lib/i18n/lang.ts) keep relative imports, not `@/…`.
import { STANDIN_API_KEY, startResendStandin } from "./standins/resend/server";
import { startWebhookReceiver } from "./standins/webhook-receiver/server";

// Tests that run inside workerd: the core worker, its D1 database (migrations applied in the
// setup file) and its Durable Objects, exactly as wrangler would run them.
export default defineConfig(async () => {
  // The core worker's resend client talks to the local stand-in `npm start` runs (real client,
  // real wire format), here in this process and in memory.
  const resend = await startResendStandin();
  // Vendor-risk tools' webhook receivers, and the DNS-over-HTTPS resolver the outbound guard asks.
  const receiver = await startWebhookReceiver();
  return {
    // `@/…` is the repository root (tsconfig.json paths), as in every other build.
    resolve: { tsconfigPaths: true },
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./workers/core/wrangler.toml" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: await readD1Migrations("./db/migrations"),
            DEV_TOOLS: "1",
            AUTH_SECRET: "test-secret-that-is-long-enough-to-be-accepted-0123456789",
            // Not the dev key, so tests that run as production (DEV_TOOLS=0) keep a valid config.
            EVIDENCE_SIGNING_KEY: '{"crv":"Ed25519","d":"fl68hmJBvOJZipOECiC30xWXke6hykDZltZ5nDBqp_o","x":"CS_Pti2jlX6hKoVWdalWltwCN3FsEEgT9UhsRIgVc9I","kty":"OKP"}',
            RESEND_API_KEY: STANDIN_API_KEY,
            RESEND_BASE_URL: resend.url,
            // The tests sign delivery webhooks with it themselves (the stand-in cannot reach workerd).
            RESEND_WEBHOOK_SECRET: `whsec_${Buffer.from("workerd-tests-webhook-secret").toString("base64")}`,
            APP_ORIGIN: "http://localhost:8787",
            WEBHOOK_RECEIVER_URL: receiver.url,
            WEBHOOK_ALLOW_LOOPBACK: "1",
            WEBHOOK_DNS_RESOLVER: `${receiver.url}/dns-query`,
            // Short, so the timeout test waits a second, not ten.
            WEBHOOK_TIMEOUT_MS: "1000",
          },
        },
      }),
    ],
    test: {
      include: ["workers/**/*.worker.test.ts", "db/**/*.worker.test.ts", "emails/**/*.worker.test.ts"],
      setupFiles: ["./workers/test/apply-migrations.ts"],
      testTimeout: 20_000,
      // One Resend stand-in serves every file; files take turns so one file's reset never
      // empties another's mailbox mid-test.
      fileParallelism: false,
    },
  };
});
