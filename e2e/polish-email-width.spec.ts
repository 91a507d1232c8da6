import { expect, test } from "@playwright/test";
import { renderHtml } from "../emails/html";
import { templateSamples } from "../emails/template-samples";

// Each email's HTML part, as a phone's mail app shows it: nothing (a long link, a long word) may
// make it wider than the screen, or the reader scrolls sideways through every line.
test.use({ viewport: { width: 390, height: 844 } });

for (const [name, template] of templateSamples) {
  for (const lang of ["en", "fr"] as const) {
    test(`the ${name} email fits a 390 px phone (${lang})`, async ({ page }) => {
      const content = template(lang);
      await page.setContent(renderHtml(content.blocks, lang, content.subject, content.preview));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }
}
