import { expect, type Page, type Request } from "@playwright/test";
import { GOOGLE_CLIENT_ID } from "./google-tablet";
import { ENTRA_CLIENT_ID } from "./microsoft-tablet";

/** The panel specs' shared steps: a display of their own, and what the tablet may send us. */

/** A display of its own for a spec (other specs use the seeded rooms), and its pairing code. */
export async function newDisplay(admin: Page, name: string, fields: { calendar?: string; checkIn?: string; seriesStrikes?: string } = {}) {
  await admin.goto("/admin/rooms/new");
  await admin.getByLabel(/display name/i).fill(name);
  await admin.getByLabel(/room calendar email/i).fill(`${name.toLowerCase()}@acme.test`);
  await admin.getByLabel(/capacity/i).fill("6");
  if (fields.checkIn) await admin.getByLabel(/^check-in/i).fill(fields.checkIn);
  if (fields.calendar) await admin.getByLabel(/^calendar$/i).selectOption(fields.calendar);
  if (fields.seriesStrikes) await admin.getByLabel(/release a recurring meeting/i).selectOption(fields.seriesStrikes);
  await admin.getByRole("button", { name: /add display/i }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(name);
  await admin.getByRole("button", { name: /create a pairing code/i }).click();
  return (await admin.getByTestId("pairing-code").textContent())!.trim();
}

/** Every request to our origin is the pairing, the configuration or `{ occupied, calendarHealth }`, and carries none of `facts`. */
export async function expectOnlyOccupancy(requests: Request[], facts: string[]) {
  const heartbeats = requests.filter((r) => r.url().endsWith("/api/display/heartbeat"));
  expect(heartbeats.length).toBeGreaterThan(0);
  for (const request of requests) {
    const text = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ""].join("\n").toLowerCase();
    for (const fact of facts) expect(text, `${request.method()} ${request.url()} carries "${fact}"`).not.toContain(fact.toLowerCase());
  }
  for (const heartbeat of heartbeats) expect(heartbeat.postData()).toMatch(/^\{"occupied":(true|false),"calendarHealth":"(ok|stale|needs_sign_in|error)"\}$/);
}

/** The organisation signs its tablets in to Microsoft 365 through the stand-in's tenant; leaves the admin on the rooms page. */
export async function useMicrosoftApp(admin: Page, tenantId: string) {
  await admin.goto("/admin/rooms");
  await admin.getByLabel(/microsoft application/i).fill(ENTRA_CLIENT_ID);
  await admin.getByLabel(/microsoft tenant/i).fill(tenantId);
  await admin.locator("form[action^='/admin/rooms/settings']").getByRole("button", { name: /^save$/i }).click();
}

/** The organisation signs its tablets in to Google through the GIS stand-in; leaves the admin on the rooms page. */
export async function useGoogleApp(admin: Page) {
  await admin.goto("/admin/rooms");
  await admin.getByLabel(/google oauth client id/i).fill(GOOGLE_CLIENT_ID);
  await admin.locator("form[action^='/admin/rooms/settings']").getByRole("button", { name: /^save$/i }).click();
}
