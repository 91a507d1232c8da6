// The e2e suite drives Debian's Chromium (Playwright cannot download browsers here).
// As root we install it; otherwise we say the one command to run.
import { existsSync } from "node:fs";
import { run } from "./run.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() !== 0) {
    console.error(`\nChromium is needed for the end-to-end tests and is not installed.\nRun:  sudo apt-get install -y chromium\nthen run npm test again.\n`);
    process.exit(1);
  }
  console.log("Installing Debian's Chromium for the end-to-end tests (apt-get install -y chromium)…");
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return CHROMIUM;
}
