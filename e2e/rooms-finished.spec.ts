import { expect, test, type Browser, type Page } from "@playwright/test";
import { frenchTypographyProblems } from "../app/_lib/i18n/french-typography";
import { expectAccessible, signInFromOutbox } from "./fixtures";

// The room screens a new customer trips on (issue 16): the finder's live list keeps its filters,
// removing a display asks first, the pairing code's expiry is in the room's time zone, a CSV
// import takes a file, and the heat map and the lobby board are sized for the screen they are on.

const ORG_ADMIN = "rooms@acme.test";

async function signedInAdmin(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await signInFromOutbox(admin, admin.request, ORG_ADMIN);
  if (options.javaScriptEnabled !== false) return admin;
  // The same session in a browser with JavaScript off: the flows below must not need it.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(await admin.context().cookies());
  return context.newPage();
}

/** Adds a display through the admin form and returns its id (from the page it lands on). */
async function addDisplay(admin: Page, room: { name: string; capacity: number; floor: string }): Promise<string> {
  await admin.goto("/admin/rooms/new");
  await admin.getByLabel(/display name/i).fill(room.name);
  await admin.getByLabel(/room calendar email/i).fill(`${room.name.toLowerCase().replace(/\W+/g, ".")}@acme.test`);
  await admin.getByLabel(/capacity/i).fill(String(room.capacity));
  await admin.getByLabel(/^floor$/i).fill(room.floor);
  await admin.getByLabel(/time zone/i).fill("Europe/Paris");
  await admin.getByRole("button", { name: /add display/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(room.name);
  return new URL(admin.url()).pathname.split("/").pop()!;
}

/** Pairs a display the way its tablet does (pairing code → device token) and returns a heartbeat sender. */
async function pairedDisplay(admin: Page, id: string) {
  await admin.goto(`/admin/rooms/${id}`);
  await admin.getByRole("button", { name: /create a pairing code/i }).click();
  const code = (await admin.getByTestId("pairing-code").textContent())!.trim();
  const paired = await admin.request.post("/api/display/pair", { data: { code } });
  expect(paired.ok()).toBe(true);
  const { deviceToken } = (await paired.json()) as { deviceToken: string };
  return async (occupied: boolean) => {
    const sent = await admin.request.post("/api/display/heartbeat", { data: { occupied, calendarHealth: "ok" }, headers: { authorization: `Bearer ${deviceToken}` } });
    expect(sent.ok(), await sent.text()).toBe(true);
  };
}

test("with “Available now only” on, the live list keeps its filters: rooms that turn occupied leave it, free ones that match join it", async ({ browser }) => {
  const admin = await signedInAdmin(browser);
  const suffix = Date.now() % 100_000;
  // A floor of their own keeps other specs' rooms out of these lists.
  const floor = `L${suffix}`;
  const big = `Kepler ${suffix}`;
  const small = `Lumen ${suffix}`;
  const bigBeat = await pairedDisplay(admin, await addDisplay(admin, { name: big, capacity: 8, floor }));
  const smallBeat = await pairedDisplay(admin, await addDisplay(admin, { name: small, capacity: 2, floor }));
  await bigBeat(false);
  await smallBeat(true);
  await admin.goto("/admin/rooms");
  const link = (await admin.getByTestId("finder-link").getAttribute("href"))!;

  // Two pages, in other browsers: free rooms on that floor, and free rooms there with 6 seats or more.
  const freeOnFloor = await (await browser.newContext()).newPage();
  await freeOnFloor.goto(`${link}&available=1&floor=${floor}`);
  const freeAndBig = await (await browser.newContext()).newPage();
  await freeAndBig.goto(`${link}&available=1&floor=${floor}&capacity=6`);
  for (const page of [freeOnFloor, freeAndBig]) {
    await expect(page.locator("[data-live-state=live]")).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(big) })).toContainText(/available/i);
    await expect(page.getByRole("row", { name: new RegExp(small) })).toHaveCount(0);
  }

  // The big room turns occupied: it leaves both lists, and each says no room matches.
  await bigBeat(true);
  for (const page of [freeOnFloor, freeAndBig]) {
    await expect(page.getByRole("row", { name: new RegExp(big) })).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByText(/no room matches these filters/i)).toBeVisible();
  }

  // The small room turns free: it joins the floor's list, not the one asking for 6 seats.
  await smallBeat(false);
  await expect(freeOnFloor.getByRole("row", { name: new RegExp(small) })).toContainText(/available/i, { timeout: 10_000 });
  await bigBeat(false);
  await expect(freeOnFloor.getByRole("row", { name: new RegExp(big) })).toContainText(/available/i, { timeout: 10_000 });
  await expect(freeAndBig.getByRole("row", { name: new RegExp(big) })).toContainText(/available/i, { timeout: 10_000 });
  await expect(freeAndBig.getByRole("row", { name: new RegExp(small) })).toHaveCount(0);
  // Free rooms first, then by name, as the server orders them: the rows are the server's.
  await expect(freeOnFloor.locator("tbody[data-live-list] > tr > th")).toHaveText([big, small]);
  await expectAccessible(freeOnFloor);
});

test("the pairing code's expiry is shown in the room's time zone, named", async ({ browser }) => {
  const admin = await signedInAdmin(browser);
  const id = await addDisplay(admin, { name: `Meridian ${Date.now() % 100_000}`, capacity: 4, floor: "3" });
  await admin.getByRole("button", { name: /create a pairing code/i }).click();
  const expiry = admin.getByTestId("pairing-expiry");
  await expect(expiry).toContainText("Europe/Paris");
  // Fifteen minutes from now on a Paris wall clock (the dev clock only ever moves by whole days).
  const paris = (ms: number) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(ms);
  const shown = /(\d\d:\d\d)/.exec((await expiry.textContent())!)![1];
  const now = Date.now() + 15 * 60_000;
  expect([paris(now - 60_000), paris(now), paris(now + 60_000)]).toContain(shown);
  expect(await expiry.textContent()).not.toMatch(/UTC/);
  await expectAccessible(admin);

  await admin.goto(`/admin/rooms/${id}?lang=fr`);
  await admin.getByRole("button", { name: /créer un code/i }).click();
  await expect(admin.getByTestId("pairing-expiry")).toContainText(/Le code expire à \d\d:\d\d \(heure du fuseau Europe\/Paris/);
});

test("removing a display asks for confirmation on a page of its own, without JavaScript and from the keyboard", async ({ browser }) => {
  const admin = await signedInAdmin(browser, { javaScriptEnabled: false });
  const name = `Obsolete ${Date.now() % 100_000}`;
  const id = await addDisplay(admin, { name, capacity: 4, floor: "2" });

  // One click under Save only asks: the display is still there after "No, keep it".
  await admin.getByRole("link", { name: /remove this display/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Remove the display “${name}”?`);
  await expect(admin.getByText(/cannot be undone/i)).toBeVisible();
  await expectAccessibleWithoutScript(browser, admin.url(), await admin.context().cookies());
  await admin.getByRole("link", { name: /no, keep the display/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(name);

  // A form posted without the confirmation (an old page's button) is asked to confirm, not obeyed.
  const csrf = await admin.locator("input[name=csrf]").first().inputValue();
  const unconfirmed = await admin.request.post(`/admin/rooms/${id}/remove`, { form: { csrf }, maxRedirects: 0 });
  expect(unconfirmed.status()).toBe(303);
  expect(unconfirmed.headers().location).toContain(`/admin/rooms/${id}/remove`);

  // The keyboard reaches the confirmation and presses it.
  await admin.goto(`/admin/rooms/${id}/remove`);
  const confirm = admin.getByRole("button", { name: `Yes, remove “${name}”` });
  for (let i = 0; i < 40 && !(await confirm.evaluate((el) => el === document.activeElement)); i++) await admin.keyboard.press("Tab");
  await expect(confirm).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(admin.getByRole("status")).toContainText(/display removed/i);
  await expect(admin.getByRole("link", { name, exact: true })).toHaveCount(0);
  expect((await admin.goto(`/admin/rooms/${id}/remove`))!.status()).toBe(404);

  // In French, with French typography.
  const other = await addDisplay(admin, { name: `Ancienne ${Date.now() % 100_000}`, capacity: 4, floor: "2" });
  await admin.goto(`/admin/rooms/${other}/remove?lang=fr`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(/^Supprimer l’écran «\u00a0Ancienne \d+\u00a0»\u00a0\?$/);
  await expect(admin.getByRole("button", { name: /oui, supprimer/i })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Non, garder l’écran" })).toBeVisible();
  expect(frenchTypographyProblems(await admin.locator("main").innerText())).toEqual([]);
});

/** axe needs JavaScript in the page: check the same page, same session, in a browser that has it. */
async function expectAccessibleWithoutScript(browser: Browser, url: string, cookies: Parameters<import("@playwright/test").BrowserContext["addCookies"]>[0]) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(url);
  await expectAccessible(page);
  await context.close();
}

test("a CSV import takes an uploaded file, without JavaScript, with the same checks and clear errors", async ({ browser }) => {
  const admin = await signedInAdmin(browser, { javaScriptEnabled: false });
  const suffix = Date.now() % 100_000;
  const upload = (name: string, text: string | Buffer) => admin.getByLabel(/^(csv file|fichier csv)$/i).setInputFiles({ name, mimeType: "text/csv", buffer: typeof text === "string" ? Buffer.from(text) : text });
  await admin.goto("/admin/rooms/import");
  await expect(admin.getByText(/at most 512 KB/)).toBeVisible();

  // A file with bad lines: the problems by line number, nothing imported, the file's text kept to fix.
  const bad = `name,roomEmail,capacity\nRigel ${suffix},rigel@acme.test,6\nSpica ${suffix},not-an-email,6\n`;
  await upload("rooms.csv", bad);
  await admin.getByRole("button", { name: /check and import/i }).click();
  await expect(admin.getByRole("alert")).toContainText("line 3");
  await expect(admin.getByRole("alert")).not.toContainText("line 2");
  await expect(admin.getByLabel(/csv text/i)).toHaveValue(bad);

  // A spreadsheet's legacy (Windows-1252) export: said plainly, with what to do.
  await upload("rooms.csv", Buffer.from(`name,roomEmail,capacity\nCaf\xe9 ${suffix},cafe@acme.test,6\n`, "latin1"));
  await admin.getByRole("button", { name: /check and import/i }).click();
  await expect(admin.getByRole("alert")).toContainText(/not UTF-8 text.*CSV UTF-8/);

  // Larger than the form may be: the import page says so, with the limit.
  await upload("huge.csv", `name,roomEmail,capacity\n${"x".repeat(700 * 1024)}\n`);
  await admin.getByRole("button", { name: /check and import/i }).click();
  await expect(admin.getByRole("alert")).toContainText(/larger than 512 KB/);

  // A good file is imported; the file wins over text left in the box.
  await admin.goto("/admin/rooms/import");
  await admin.getByLabel(/csv text/i).fill("name,roomEmail,capacity\nIgnored,ignored@acme.test,oops\n");
  await upload("rooms.csv", `name,roomEmail,capacity,floor\nRigel ${suffix},rigel@acme.test,6,5\nSpica ${suffix},spica@acme.test,3,5\n`);
  await admin.getByRole("button", { name: /check and import/i }).click();
  await expect(admin.getByRole("status")).toContainText(/2 displays imported/i);
  await expect(admin.getByRole("link", { name: `Spica ${suffix}`, exact: true })).toBeVisible();

  await admin.goto("/admin/rooms/import?lang=fr");
  await upload("salles.csv", Buffer.from("name,roomEmail,capacity\nCaf\xe9,cafe@acme.test,6\n", "latin1"));
  await admin.getByRole("button", { name: /vérifier et importer/i }).click();
  await expect(admin.getByRole("alert")).toContainText("Le fichier CSV n’est pas du texte UTF-8");
  expect(frenchTypographyProblems(await admin.locator("main").innerText())).toEqual([]);
});

/** What a layout check needs of one element: its box, and whether its content fits in it. */
async function boxOf(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((el) => {
      const box = el.getBoundingClientRect();
      return { text: el.textContent ?? "", left: box.left, right: box.right, width: box.width, height: box.height, clipped: el.scrollWidth > el.clientWidth + 1, fontSize: Number.parseFloat(getComputedStyle(el).fontSize) };
    }),
  );
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

for (const [width, height] of [[1280, 800], [390, 844]] as const) {
  test(`the utilisation heat map is read at a glance at ${width} px: no clipped weekday or legend, cells that fill the page`, async ({ browser }) => {
    const admin = await signedInAdmin(browser);
    await admin.setViewportSize({ width, height });
    for (const lang of ["en", "fr"] as const) {
      // The year: the demo's snapshots date from the suite's start, and earlier specs move the shared clock on by weeks.
      await admin.goto(`/admin/rooms/analytics?lang=${lang}&days=365`);
      const grid = admin.locator(".heatmap-grid");
      await expect(grid).toBeVisible();
      await noHorizontalScroll(admin);
      const weekdays = await boxOf(admin, ".heatmap-grid tbody th");
      expect(weekdays.map((w) => w.text)).toContain(lang === "en" ? "Wednesday" : "mercredi");
      for (const day of weekdays) {
        expect(day.clipped, `${day.text} is clipped`).toBe(false);
        expect(day.left).toBeGreaterThanOrEqual(0);
        expect(day.fontSize).toBeGreaterThanOrEqual(14);
      }
      for (const entry of await boxOf(admin, ".heatmap-legend li, .heatmap-legend-title")) {
        expect(entry.clipped, `legend “${entry.text}” is clipped`).toBe(false);
        expect(entry.right).toBeLessThanOrEqual(width);
        expect(entry.fontSize).toBeGreaterThanOrEqual(14);
      }
      const [chart] = await boxOf(admin, ".heatmap-grid");
      const [main] = await boxOf(admin, "main");
      // As wide as the page's column (less its padding), with cells big enough to see and tap.
      expect(chart!.width).toBeGreaterThanOrEqual((main!.width - 64) * 0.95);
      expect(chart!.right).toBeLessThanOrEqual(width);
      const cells = await boxOf(admin, ".heatmap-grid td.heatmap-cell");
      expect(Math.min(...cells.map((c) => c.height))).toBeGreaterThanOrEqual(width > 600 ? 40 : 32);
      expect(Math.min(...cells.map((c) => c.width))).toBeGreaterThanOrEqual(width > 600 ? 40 : 18);
      if (width > 600) for (const cell of cells) expect(cell.clipped, `cell “${cell.text}” is clipped`).toBe(false);
      await expectAccessible(admin);
    }
  });
}

test("the lobby status board fills a 1080p and a 4K screen with type readable across a lobby, and stays sensible on a laptop and a phone", async ({ browser }) => {
  const admin = await signedInAdmin(browser);
  await admin.goto("/admin/rooms");
  const link = (await admin.getByTestId("finder-link").getAttribute("href"))!;
  const board = await (await browser.newContext()).newPage();
  // Room names at least this tall: about 2 cm on a 55-inch 1080p TV, read from some 8 m.
  const sizes = [
    { width: 1920, height: 1080, minName: 44, maxName: 80, minCounts: 28 },
    { width: 3840, height: 2160, minName: 88, maxName: 160, minCounts: 56 },
    { width: 1280, height: 800, minName: 28, maxName: 40, minCounts: 18 },
    { width: 390, height: 844, minName: 24, maxName: 32, minCounts: 16 },
  ];
  for (const size of sizes) {
    await board.setViewportSize({ width: size.width, height: size.height });
    await board.goto(`${link}&view=board`);
    await noHorizontalScroll(board);
    const [grid] = await boxOf(board, ".status-board-grid");
    expect(grid!.width, `${size.width} px wide`).toBeGreaterThanOrEqual(size.width * 0.9);
    const names = await boxOf(board, ".status-tile-name");
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name.fontSize, `${name.text} at ${size.width} px`).toBeGreaterThanOrEqual(size.minName);
      expect(name.fontSize).toBeLessThanOrEqual(size.maxName);
      expect(name.right).toBeLessThanOrEqual(size.width);
    }
    const [counts] = await boxOf(board, ".status-board-counts");
    expect(counts!.fontSize).toBeGreaterThanOrEqual(size.minCounts);
  }
  await expectAccessible(board);
});
