declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** The local webhook receiver (standins/webhook-receiver/). */
    WEBHOOK_RECEIVER_URL: string;
  }
}

/** A text file imported whole by Vite, as the inventory test reads docs/privacy.md inside workerd. */
declare module "*.md?raw" {
  const text: string;
  export default text;
}
