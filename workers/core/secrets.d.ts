// Secrets and per-run values that `wrangler types` cannot see in wrangler.toml. They are set with
// `wrangler secret put` in production and by scripts/local-run.mjs locally; config.ts validates them.
declare namespace Cloudflare {
  interface Env {
    AUTH_SECRET: string;
    RESEND_API_KEY: string;
    RESEND_BASE_URL?: string;
    RESEND_WEBHOOK_SECRET?: string;
    EVIDENCE_SIGNING_KEY: string;
    WEBHOOK_ALLOW_LOOPBACK?: string;
    WEBHOOK_DNS_RESOLVER?: string;
    WEBHOOK_TIMEOUT_MS?: string;
  }
}
