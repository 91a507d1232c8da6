import { expect, test, type Page } from "@playwright/test";
import { signInFromOutbox } from "./fixtures";

// Every text field gets the shared form styles, typed or not: an input without a type once
// rendered 21 px tall with 13 px text (the display form, the organisation settings, the finder's
// seat filter).

/** Each visible text-like field on the page that is smaller than the shared style makes it. */
async function smallFields(page: Page) {
  return page.locator("input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([type=submit]):not([type=file]), select, textarea").evaluateAll((fields) =>
    fields
      .filter((field) => (field as HTMLElement).offsetParent !== null)
      .map((field) => ({ id: field.id || field.getAttribute("name"), height: field.getBoundingClientRect().height, fontSize: parseFloat(getComputedStyle(field).fontSize) }))
      .filter((field) => field.height < 40 || field.fontSize < 16),
  );
}

test("every field on the rooms admin pages and the room finder has the shared size", async ({ page, request }) => {
  await signInFromOutbox(page, request, "rooms@acme.test");
  for (const path of ["/admin/rooms/new", "/admin/rooms"]) {
    await page.goto(path);
    expect(await smallFields(page), path).toEqual([]);
  }
  const finder = (await page.getByTestId("finder-link").getAttribute("href"))!;
  await page.goto(finder);
  await expect(page.getByLabel(/seats/i)).toBeVisible();
  expect(await smallFields(page), "room finder").toEqual([]);
});
