import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin, upsertOrgPerson } from "@/db/queries/admins";
import { listDisplays } from "@/db/queries/rooms";
import { signToken } from "../auth/tokens";
import { orThrow, type Result } from "../errors";
import { createTestOrg, TEST_SECRET } from "../test/room-fixture";
import { DisplaysApi } from "./displays";
import { NoticesApi } from "./notices";
import { RoomsApi } from "./rooms";

const db = createDb(env.DB);
const rooms = new RoomsApi(env);
const status = (result: Result<unknown>) => (result.ok ? 200 : result.error.status);

describe("rooms admin: roles and tenants", () => {
  it("keeps the vendor's portal and an organisation's rooms apart", async () => {
    const t = await createTestOrg(db, 1);
    await upsertAdmin(db, "vendor-rooms-test@vendor.test", "vendor_admin", Date.now());
    const vendor = await signToken(TEST_SECRET, "session", "vendor-rooms-test@vendor.test", Date.now());
    await upsertOrgPerson(db, `member-${t.org.slug}@org.test`, "org_member", t.org.id, Date.now());
    const member = await signToken(TEST_SECRET, "session", `member-${t.org.slug}@org.test`, Date.now());

    expect(status(await rooms.overview({ sessionToken: vendor }))).toBe(403);
    expect(status(await rooms.overview({ sessionToken: member }))).toBe(403);
    expect(status(await new NoticesApi(env).list({ sessionToken: t.sessionToken }))).toBe(403);
    expect(status(await rooms.overview({}))).toBe(401);
  });

  it("never lets one organisation's admin touch another's display", async () => {
    const a = await createTestOrg(db, 1);
    const b = await createTestOrg(db, 1);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: a.sessionToken }));
    const foreign = b.displays[0]!.id;
    const fields = { name: "Hijacked", roomEmail: "x@a.test", capacity: "4" };
    expect(status(await rooms.save({ sessionToken: a.sessionToken, csrf, id: foreign, fields }))).toBe(404);
    expect(status(await rooms.remove({ sessionToken: a.sessionToken, csrf, id: foreign }))).toBe(404);
    expect(status(await rooms.unpair({ sessionToken: a.sessionToken, csrf, id: foreign }))).toBe(404);
    expect(status(await rooms.pairingCode({ sessionToken: a.sessionToken, csrf, id: foreign }))).toBe(404);
    expect((await listDisplays(db, b.org.id))[0]).toMatchObject({ id: foreign, name: b.displays[0]!.name, tokenVersion: 1 });
    // And every change needs the session's anti-CSRF value.
    expect(status(await rooms.save({ sessionToken: a.sessionToken, csrf: "wrong", fields }))).toBe(403);
  });

  it("adds, edits and removes a display; a removed display's tablet is refused", async () => {
    const t = await createTestOrg(db, 1);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const bad = await rooms.save({ sessionToken: t.sessionToken, csrf, fields: { name: "", roomEmail: "nope", capacity: "many", businessHours: "18:00-08:00" } });
    expect(bad.ok ? [] : bad.error.issues.map((i) => i.path).sort()).toEqual(["businessHours", "capacity", "name", "roomEmail"]);
    const taken = await rooms.save({ sessionToken: t.sessionToken, csrf, fields: { name: t.displays[0]!.name, roomEmail: "a@b.test", capacity: "3" } });
    expect(status(taken)).toBe(409);

    const { id } = orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, fields: { name: "Orion", roomEmail: "orion@org.test", capacity: "6", equipment: "Screen; video", businessDays: "lun-ven", privacyMode: "on", checkInMinutes: "10" } }));
    const saved = (await listDisplays(db, t.org.id)).find((d) => d.id === id)!;
    expect(saved).toMatchObject({ name: "Orion", equipment: ["screen", "video"], businessDays: [1, 2, 3, 4, 5], privacyMode: true, checkInMinutes: 10, businessStartMinute: 480, businessEndMinute: 1080 });
    orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, id, fields: { name: "Orion East", roomEmail: "orion@org.test", capacity: "8" } }));
    expect((await listDisplays(db, t.org.id)).find((d) => d.id === id)).toMatchObject({ name: "Orion East", capacity: 8, privacyMode: false });

    orThrow(await rooms.remove({ sessionToken: t.sessionToken, csrf, id: t.displays[0]!.id }));
    expect(status(await new DisplaysApi(env).heartbeat({ deviceToken: t.displays[0]!.token, occupied: true }))).toBe(401);
  });

  it("imports all lines or none, naming each bad line", async () => {
    const t = await createTestOrg(db, 1);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const before = (await listDisplays(db, t.org.id)).length;
    const rejected = await rooms.importCsv({ sessionToken: t.sessionToken, csrf, csv: 'name,roomEmail,capacity\nA,a@x.test,4\nB,not-an-email,4\n"C, the big one",c@x.test,0\nA,a2@x.test,4\n' });
    expect(rejected.ok ? [] : rejected.error.issues.map((i) => i.path)).toEqual(["line 3", "line 4", "line 5"]);
    // Each problem names its column and what it quotes, so a French page can phrase it.
    expect(rejected.ok ? [] : rejected.error.issues.map(({ field, params, code }) => ({ field, params, code }))).toEqual([
      { field: "roomEmail", params: { line: 3 }, code: "invalid_format" },
      { field: "capacity", params: { line: 4 }, code: "too_small" },
      { field: "name", params: { line: 5, name: "A", otherLine: 2 }, code: "duplicate" },
    ]);
    expect(await listDisplays(db, t.org.id)).toHaveLength(before);
    expect(status(await rooms.importCsv({ sessionToken: t.sessionToken, csrf, csv: "name,colour\nA,blue\n" }))).toBe(400);
    // A column named twice (whatever its case or spacing) is refused: the last would silently win.
    const repeated = await rooms.importCsv({ sessionToken: t.sessionToken, csrf, csv: "name,roomEmail,capacity,Capacity\nA,a@x.test,abc,5\n" });
    expect(repeated.ok ? [] : repeated.error.issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: "line 1", code: "repeated_column", params: { line: 1, column: "capacity" } },
    ]);
    expect(await listDisplays(db, t.org.id)).toHaveLength(before);
    expect(orThrow(await rooms.importCsv({ sessionToken: t.sessionToken, csrf, csv: 'name,roomEmail,capacity,equipment\nA,a@x.test,4,screen;video\n"C, the big one",c@x.test,30,\n' }))).toEqual({ imported: 2 });
    expect(await listDisplays(db, t.org.id)).toHaveLength(before + 2);
  });
});
