import { expect, test, type Page } from "@playwright/test";
import { frenchTypographyProblems } from "../app/_lib/i18n/french-typography";
import { expectAccessible, signInFromOutbox } from "./fixtures";

// Every main page in French, as a French reader meets it: the public portal, the vendor admin and
// a French organisation's rooms pages, following their links one step. Each page's text keeps
// French typography (no-break spaces, elision, « 1er », singulars, no raw identifiers).

const SKIP = /\/(sign-out|dev)\b|\.(json|csv|xml)\b|\/analytics\.csv|\/evidence\.(json|csv)/;

/** The same-origin pages a page links to, in French. */
async function frenchLinks(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs
    .filter((href) => href.startsWith(origin) && !SKIP.test(new URL(href).pathname))
    .map((href) => {
      const url = new URL(href);
      url.hash = "";
      if (!url.searchParams.has("lang")) url.searchParams.set("lang", "fr");
      return url.toString();
    });
}

/** Visits each start page and the pages it links to; fails with every problem found, by page. */
async function crawlInFrench(page: Page, origin: string, starts: string[]) {
  const seen = new Set<string>();
  const problems: string[] = [];
  const visit = async (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const response = await page.goto(url);
    if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) return;
    if ((await page.locator("html").getAttribute("lang")) !== "fr") return;
    // Machine text (an evidence kind, a provider id) is in <code>, and is meant to stay as it is.
    const text = await page.locator("body").evaluate((body: HTMLElement) => {
      for (const code of body.querySelectorAll("code, pre")) code.textContent = "";
      return body.innerText;
    });
    for (const problem of frenchTypographyProblems(text)) problems.push(`${new URL(url).pathname}: ${problem}`);
  };
  for (const start of starts) {
    await visit(new URL(start, origin).toString());
    for (const link of await frenchLinks(page, origin)) await visit(link);
  }
  expect(seen.size).toBeGreaterThan(starts.length);
  expect(problems).toEqual([]);
}

test("the public portal and the vendor admin keep French typography", async ({ page, request, baseURL }) => {
  await signInFromOutbox(page, request, "admin@roomtrust.test");
  await crawlInFrench(page, baseURL!, ["/subprocessors?lang=fr", "/privacy?lang=fr", "/admin?lang=fr", "/admin/notices/new?lang=fr", "/admin/evidence?lang=fr"]);
});

test("a French organisation's rooms pages and room finder keep French typography", async ({ page, request, baseURL }) => {
  await signInFromOutbox(page, request, "salles@globex.test");
  await page.goto("/admin/rooms?lang=fr");
  const finder = (await page.getByTestId("finder-link").getAttribute("href"))!;
  await crawlInFrench(page, baseURL!, ["/admin/rooms?lang=fr", "/admin/rooms/analytics?lang=fr", "/admin/rooms/new?lang=fr", `${finder}&lang=fr`]);
});

test("an empty notice form says which fields to fill in, in the page's language", async ({ page, request }) => {
  await signInFromOutbox(page, request, "admin@roomtrust.test");
  const validatorWords = /Invalid input|expected \w+, received|Too small|Too big|>=/;
  await page.goto("/admin/notices/new?lang=en");
  await page.getByRole("button", { name: "Save draft" }).click();
  const englishErrors = page.getByRole("alert", { name: "The draft was not saved" });
  await expect(englishErrors.getByRole("heading", { level: 2 })).toHaveText("The draft was not saved");
  await expect(englishErrors).toContainText("Name is required.");
  await expect(englishErrors).toContainText("Legal entity is required.");
  await expect(englishErrors).not.toContainText(validatorWords);

  await page.goto("/admin/notices/new?lang=fr");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  // (Playwright compares text with its spaces normalised: the no-break spaces are checked by the scan below.)
  const frenchErrors = page.getByRole("alert", { name: "Le brouillon n’a pas été enregistré" });
  await expect(frenchErrors.getByRole("heading", { level: 2 })).toHaveText("Le brouillon n’a pas été enregistré");
  await expect(frenchErrors).toContainText("Le champ « Nom » est obligatoire.");
  await expect(frenchErrors).toContainText("Le champ « Entité juridique » est obligatoire.");
  await expect(frenchErrors).not.toContainText(validatorWords);
  expect(frenchTypographyProblems(await page.locator("body").innerText())).toEqual([]);
  await expectAccessible(page);
});
