import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { findOrgById, insertOrg } from "@/db/queries/rooms";
import { orThrow } from "../errors";
import { createTestOrg } from "../test/room-fixture";
import { DisplaysApi } from "./displays";
import { RoomsApi } from "./rooms";

// Issue 9, point 6: how precisely tablets report occupancy is an organisation setting, private by
// default, saved by the rooms admin and carried to every tablet in its configuration.

const db = createDb(env.DB);
const rooms = new RoomsApi(env);
const displays = new DisplaysApi(env);

const settings = { retentionMonths: "13", microsoftClientId: "", microsoftTenantId: "", googleClientId: "" };

async function pairedTablet(t: Awaited<ReturnType<typeof createTestOrg>>) {
  const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
  const { code } = orThrow(await rooms.pairingCode({ sessionToken: t.sessionToken, csrf, id: t.displays[0]!.id }));
  const { deviceToken } = orThrow(await displays.pair({ code, client: "test" }));
  return { csrf, deviceToken };
}

describe("occupancy reporting setting", () => {
  it("is quarter-hour for a new organisation, in D1, on the admin page and in the tablet's configuration", async () => {
    // A bare insert, as an organisation is created outside the seed: the column default decides.
    const bare = { id: "org_bare_reporting", slug: "bare-reporting", name: "Bare", lang: "en" as const, createdAt: Date.now() };
    await insertOrg(db, bare);
    expect((await findOrgById(db, bare.id))?.occupancyReporting).toBe("quarter_hour");

    const t = await createTestOrg(db, 1);
    expect(orThrow(await rooms.overview({ sessionToken: t.sessionToken })).org.occupancyReporting).toBe("quarter_hour");
    const { deviceToken } = await pairedTablet(t);
    expect(orThrow(await displays.config({ deviceToken })).org.occupancyReporting).toBe("quarter_hour");
  });

  it("round-trips through the settings form and reaches the tablet at its next load", async () => {
    const t = await createTestOrg(db, 1);
    const { csrf, deviceToken } = await pairedTablet(t);

    orThrow(await rooms.settings({ sessionToken: t.sessionToken, csrf, ...settings, occupancyReporting: "exact" }));
    expect(orThrow(await rooms.overview({ sessionToken: t.sessionToken })).org.occupancyReporting).toBe("exact");
    expect(orThrow(await displays.config({ deviceToken })).org.occupancyReporting).toBe("exact");

    orThrow(await rooms.settings({ sessionToken: t.sessionToken, csrf, ...settings, occupancyReporting: "quarter_hour" }));
    expect(orThrow(await displays.config({ deviceToken })).org.occupancyReporting).toBe("quarter_hour");
  });

  it("falls back to quarter-hour when a form leaves it out, and refuses anything else by name", async () => {
    const t = await createTestOrg(db, 1);
    const { csrf, deviceToken } = await pairedTablet(t);
    orThrow(await rooms.settings({ sessionToken: t.sessionToken, csrf, ...settings, occupancyReporting: "exact" }));

    orThrow(await rooms.settings({ sessionToken: t.sessionToken, csrf, ...settings }));
    expect(orThrow(await displays.config({ deviceToken })).org.occupancyReporting).toBe("quarter_hour");

    const refused = await rooms.settings({ sessionToken: t.sessionToken, csrf, ...settings, occupancyReporting: "every-second" });
    expect(refused.ok ? null : { status: refused.error.status, paths: refused.error.issues.map((i) => i.path) }).toEqual({ status: 400, paths: ["occupancyReporting"] });
    expect(orThrow(await displays.config({ deviceToken })).org.occupancyReporting).toBe("quarter_hour");
  });
});
