import { describe, expect, it } from "vitest";
import { canonicalJson, chainEntries, GENESIS, verifyChain } from "./chain";

const input = (n: number) => ({ at: 1_000 + n, kind: "email.sent", ref: `ntc_${n}`, actor: "system", payload: { n, to: `a${n}@x.test` } });

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe("evidence chain", () => {
  it("chains from genesis and verifies", async () => {
    const rows = await chainEntries(GENESIS, [input(1), input(2), input(3)]);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(await verifyChain(rows)).toEqual({ valid: true, length: 3 });
  });

  it("continues from an existing head", async () => {
    const first = await chainEntries(GENESIS, [input(1)]);
    const next = await chainEntries(first[0]!, [input(2)]);
    expect(await verifyChain([...first, ...next])).toEqual({ valid: true, length: 2 });
  });

  it("detects a changed payload at the entry that changed", async () => {
    const rows = await chainEntries(GENESIS, [input(1), input(2), input(3)]);
    rows[1] = { ...rows[1]!, payload: canonicalJson({ n: 2, to: "attacker@x.test" }) };
    expect(await verifyChain(rows)).toEqual({ valid: false, brokenAt: 2, reason: "entry was changed after it was written" });
  });

  it("detects a removed entry", async () => {
    const rows = await chainEntries(GENESIS, [input(1), input(2), input(3)]);
    expect(await verifyChain([rows[0]!, rows[2]!])).toMatchObject({ valid: false, brokenAt: 3 });
  });

  it("detects a re-hashed entry whose successor no longer links to it", async () => {
    const rows = await chainEntries(GENESIS, [input(1), input(2), input(3)]);
    const [forged] = await chainEntries(rows[0]!, [{ ...input(2), actor: "mallory" }]);
    expect(await verifyChain([rows[0]!, forged!, rows[2]!])).toEqual({ valid: false, brokenAt: 3, reason: "previous hash does not match" });
  });
});
