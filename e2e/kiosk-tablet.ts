import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, test, type BrowserContext, type Page } from "@playwright/test";

/** A tablet on a wall: a persistent Chromium profile, as a kiosk has, with the preferences its setup guide asks for. */

const tablets: { context: BrowserContext; profile: string }[] = [];

/** Closes every tablet opened by kioskTablet (persistent contexts outlive a test otherwise). */
export async function closeTablets() {
  for (const { context, profile } of tablets.splice(0)) {
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * `preferences` becomes the profile's Chromium Preferences before launch (what a kiosk
 * administrator sets by policy).
 */
export async function kioskTablet(baseURL: string, { viewport = { width: 1280, height: 800 }, preferences = {} }: {
  viewport?: { width: number; height: number }; preferences?: Record<string, unknown>;
} = {}): Promise<{ context: BrowserContext; page: Page }> {
  const profile = mkdtempSync(join(tmpdir(), "roomtrust-tablet-"));
  mkdirSync(join(profile, "Default"));
  writeFileSync(join(profile, "Default", "Preferences"), JSON.stringify(preferences));
  const context = await chromium.launchPersistentContext(profile, { ...test.info().project.use.launchOptions, baseURL, viewport, ignoreHTTPSErrors: true });
  tablets.push({ context, profile });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}
