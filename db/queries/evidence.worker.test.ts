import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { verifyChain } from "@/workers/evidence/chain";
import { createDb } from "../client";
import { settings } from "../schema";
import { listEvidence, writeWithEvidence } from "./evidence";

// Storage is shared by the tests of this file, so each test counts from what is already there.
describe("writeWithEvidence on D1", () => {
  it("keeps one unbroken chain when many writers race", async () => {
    const db = createDb(env.DB);
    const before = (await listEvidence(db)).length;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        writeWithEvidence(db, [db.insert(settings).values({ key: `race-${i}`, value: String(i) })], [
          { at: i, kind: "test.raced", ref: `race-${i}`, actor: "system", payload: { i } },
        ]),
      ),
    );
    const rows = await listEvidence(db);
    expect(rows).toHaveLength(before + 12);
    expect(new Set(rows.filter((r) => r.kind === "test.raced").map((r) => r.ref)).size).toBe(12);
    expect(await verifyChain(rows)).toEqual({ valid: true, length: before + 12 });
  });

  it("writes neither the record nor its evidence when the record fails", async () => {
    const db = createDb(env.DB);
    await db.insert(settings).values({ key: "taken", value: "1" });
    const before = (await listEvidence(db)).length;
    await expect(
      writeWithEvidence(db, [db.insert(settings).values({ key: "taken", value: "2" })], [
        { at: 1, kind: "test.failed", ref: "taken", actor: "system", payload: {} },
      ]),
    ).rejects.toThrow();
    expect(await listEvidence(db)).toHaveLength(before);
  });

  it("shows tampering in the stored log", async () => {
    const db = createDb(env.DB);
    await writeWithEvidence(db, [], [
      { at: 1, kind: "a", ref: "r1", actor: "system", payload: { v: 1 } },
      { at: 2, kind: "b", ref: "r2", actor: "system", payload: { v: 2 } },
    ]);
    const target = (await listEvidence(db)).find((r) => r.ref === "r1")!;
    await env.DB.prepare("update evidence set payload = ? where seq = ?").bind('{"v":9}', target.seq).run();
    expect(await verifyChain(await listEvidence(db))).toMatchObject({ valid: false, brokenAt: target.seq });
  });
});
