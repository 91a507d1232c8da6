import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 8788);

// Real built app (OpenNext output in workerd) driven by Debian's Chromium. `npm test` builds first.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // Under load, wrangler dev's local asset server was seen to hold one revalidated static file
  // (a 304) until the page closed: an artefact of the local server, not of the app. CI retries a
  // failed test once; locally nothing is retried, so such a stall stays visible.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    // Answers 200 only once the demo data is seeded (503 before).
    url: `http://localhost:${port}/dev/seed`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM first, so scripts/e2e-server.mjs stops wrangler and workerd (its own process group).
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
