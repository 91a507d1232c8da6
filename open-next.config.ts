import { defineCloudflareConfig } from "@opennextjs/cloudflare";

// No incremental cache: every page reads live data from the core worker.
// `npm run build` calls OpenNext, so OpenNext must call `next build` directly, not `npm run build`.
export default { ...defineCloudflareConfig(), buildCommand: "npm run build:next" };
