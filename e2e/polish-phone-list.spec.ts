import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

// The subprocessor list on a phone: each subprocessor is a readable block, every fact on screen
// under its column's name, nothing hidden off to the side.
test.use({ viewport: { width: 390, height: 844 } });

for (const lang of ["en", "fr"] as const) {
  test(`the subprocessor list reads as one block per subprocessor at 390 px (${lang})`, async ({ page }) => {
    await page.goto(`/subprocessors?lang=${lang}`);
    const rows = page.locator("table.stacked-table tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const offScreen = await page.locator("table.stacked-table tbody :is(th, td)").evaluateAll((cells) =>
      cells.filter((cell) => cell.getBoundingClientRect().right > window.innerWidth).map((cell) => cell.textContent),
    );
    expect(offScreen).toEqual([]);
    // Each fact says what it is: the column's name comes with it.
    const firstLocation = rows.first().locator("td").nth(2);
    const label = await firstLocation.evaluate((cell) => getComputedStyle(cell, "::before").content);
    expect(label).toBe(lang === "fr" ? '"Lieu de traitement"' : '"Processing location"');
    await expectAccessible(page);
  });
}
