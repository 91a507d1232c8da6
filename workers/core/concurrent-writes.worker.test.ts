import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { listDisplays } from "@/db/queries/rooms";
import { orThrow, type Result } from "../errors";
import { createTestOrg } from "../test/room-fixture";
import { RoomsApi } from "./rooms";

// Issue 9, point 9: identical requests racing each other end in one success and clear 409s,
// never a raw UNIQUE violation (500), and the losers change nothing.
const db = createDb(env.DB);
const rooms = new RoomsApi(env);
const outcome = (result: Result<unknown>) => (result.ok ? "ok" : result.error.code);

describe("concurrent writes of the same names", () => {
  it("four identical CSV imports at once: one imports, three get import_conflict (409), one set of displays", async () => {
    const t = await createTestOrg(db, 1);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const csv = "name,roomEmail,capacity\nAtlas,atlas@x.test,8\nBorealis,borealis@x.test,4\nCygnus,cygnus@x.test,12\n";
    const results = await Promise.all(Array.from({ length: 4 }, () => rooms.importCsv({ sessionToken: t.sessionToken, csrf, csv })));
    const outcomes = results.map(outcome).sort();
    expect(outcomes).toEqual(["import_conflict", "import_conflict", "import_conflict", "ok"]);
    for (const result of results) if (!result.ok) expect(result.error.status).toBe(409);
    const names = (await listDisplays(db, t.org.id)).map((d) => d.name).sort();
    expect(names).toEqual(["Atlas", "Borealis", "Cygnus", t.displays[0]!.name].sort());
  });

  it("two displays added with one name at once: one is saved, the other is told the name is taken (409)", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const fields = { name: "Orion", roomEmail: "orion@x.test", capacity: "6" };
    const results = await Promise.all(Array.from({ length: 4 }, () => rooms.save({ sessionToken: t.sessionToken, csrf, fields })));
    expect(results.map(outcome).sort()).toEqual(["display_name_taken", "display_name_taken", "display_name_taken", "ok"]);
    for (const result of results) {
      if (!result.ok) expect(result.error.issues).toEqual([expect.objectContaining({ path: "name", code: "taken" })]);
    }
    expect((await listDisplays(db, t.org.id)).map((d) => d.name)).toEqual(["Orion"]);
  });
});
