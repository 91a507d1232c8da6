import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { orThrow } from "../errors";
import { createTestOrg } from "../test/room-fixture";
import { DisplaysApi } from "./displays";
import { RoomsApi } from "./rooms";

// Issue 11: per display, whether the panel may book, extend/end and release; per organisation,
// the subject of a booking made at a panel. Saved by the rooms admin, carried to the tablet.

const db = createDb(env.DB);
const rooms = new RoomsApi(env);
const displays = new DisplaysApi(env);
const settings = { retentionMonths: "13", microsoftClientId: "", microsoftTenantId: "", googleClientId: "" };
const display = { name: "Atlas", roomEmail: "atlas@acme.test", capacity: "6" };

async function pairedTablet(t: Awaited<ReturnType<typeof createTestOrg>>, id: string) {
  const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
  const { code } = orThrow(await rooms.pairingCode({ sessionToken: t.sessionToken, csrf, id }));
  return orThrow(await displays.pair({ code, client: "test" })).deviceToken;
}

describe("panel permissions and the booking subject", () => {
  it("allow booking, extend/end and release by default, and reach the tablet as the admin sets them", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const { id } = orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, fields: display }));
    const deviceToken = await pairedTablet(t, id);
    expect(orThrow(await displays.config({ deviceToken })).display.permissions).toEqual({ book: true, extendEnd: true, release: true });

    orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, id, fields: { ...display, mayBook: "off", mayExtendEnd: "on", mayRelease: "off" } }));
    expect(orThrow(await displays.config({ deviceToken })).display.permissions).toEqual({ book: false, extendEnd: true, release: false });
    const shown = orThrow(await rooms.overview({ sessionToken: t.sessionToken })).displays.find((d) => d.id === id);
    expect(shown).toMatchObject({ mayBook: false, mayExtendEnd: true, mayRelease: false });
  });

  it("refuses a permission that is neither on nor off, naming it", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const refused = await rooms.save({ sessionToken: t.sessionToken, csrf, fields: { ...display, mayBook: "maybe" } });
    expect(refused.ok ? null : refused.error.issues.map((i) => i.path)).toEqual(["mayBook"]);
  });

  it("never releases a recurring meeting by default; 2 to 5 strikes reach the tablet, anything else is refused naming the field", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const { id } = orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, fields: display }));
    const deviceToken = await pairedTablet(t, id);
    expect(orThrow(await displays.config({ deviceToken })).display.noShowSeriesStrikes).toBeNull();

    orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, id, fields: { ...display, noShowSeriesStrikes: "3" } }));
    expect(orThrow(await displays.config({ deviceToken })).display.noShowSeriesStrikes).toBe(3);
    expect(orThrow(await rooms.overview({ sessionToken: t.sessionToken })).displays.find((d) => d.id === id)).toMatchObject({ noShowSeriesStrikes: 3 });
    for (const refusedValue of ["1", "6", "often"]) {
      const refused = await rooms.save({ sessionToken: t.sessionToken, csrf, id, fields: { ...display, noShowSeriesStrikes: refusedValue } });
      expect(refused.ok ? null : refused.error.issues.map((i) => i.path)).toEqual(["noShowSeriesStrikes"]);
    }
    orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, id, fields: { ...display, noShowSeriesStrikes: "off" } }));
    expect(orThrow(await displays.config({ deviceToken })).display.noShowSeriesStrikes).toBeNull();
  });

  it("keeps the organisation's booking subject, one line, and gives it to its tablets; empty means the default", async () => {
    const t = await createTestOrg(db, 1);
    const deviceToken = await pairedTablet(t, t.displays[0]!.id);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    expect(orThrow(await displays.config({ deviceToken })).org).toMatchObject({ bookingSubject: null, lang: t.org.lang });

    orThrow(await rooms.settings({ sessionToken: t.sessionToken, csrf, ...settings, bookingSubject: "  Walk-in booking " }));
    expect(orThrow(await rooms.overview({ sessionToken: t.sessionToken })).org.bookingSubject).toBe("Walk-in booking");
    expect(orThrow(await displays.config({ deviceToken })).org.bookingSubject).toBe("Walk-in booking");

    const refused = await rooms.settings({ sessionToken: t.sessionToken, csrf, ...settings, bookingSubject: "two\nlines" });
    expect(refused.ok ? null : refused.error.issues.map((i) => i.path)).toEqual(["bookingSubject"]);
    orThrow(await rooms.settings({ sessionToken: t.sessionToken, csrf, ...settings }));
    expect(orThrow(await displays.config({ deviceToken })).org.bookingSubject).toBeNull();
  });
});
