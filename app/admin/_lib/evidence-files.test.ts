import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { signingKey } from "@/workers/crypto/ed25519";
import { toHex } from "@/workers/crypto/merkle";
import { chainEntries, GENESIS, verifyChain } from "@/workers/evidence/chain";
import { evidenceTree } from "@/workers/evidence/tree";
import { evidenceCsv, evidenceJson } from "./evidence-files";

const dir = mkdtempSync(join(tmpdir(), "evidence-"));
const TEST_KEY = '{"crv":"Ed25519","d":"fl68hmJBvOJZipOECiC30xWXke6hykDZltZ5nDBqp_o","x":"CS_Pti2jlX6hKoVWdalWltwCN3FsEEgT9UhsRIgVc9I","kty":"OKP"}';

/** Runs the auditor's script, as docs/evidence-verification.md tells them to. */
function verify(name: string, contents: string): { code: number; out: string } {
  const file = join(dir, name);
  writeFileSync(file, contents);
  try {
    return { code: 0, out: execFileSync(process.execPath, ["scripts/verify-evidence.mjs", file], { encoding: "utf8" }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

// Cells a spreadsheet would run as formulas, a value that starts with ', and payloads with every
// character CSV must quote: the CSV must still give back exactly what was hashed.
const entries = await chainEntries(GENESIS, [
  { at: 1_764_547_200_123, kind: "notice.published", ref: "ntc_1", actor: "admin@roomtrust.test", payload: { effectiveAt: 1_767_225_600_000, note: 'a "quoted", comma\r\nand a new line' } },
  { at: 1_764_547_260_999, kind: "objection.received", ref: "=HYPERLINK(\"http://evil.example\")", actor: "-1+2", payload: { grounds: "Café — données" } },
  { at: 1_764_547_321_000, kind: "admin.signed_in", ref: "'quoted", actor: "@actor", payload: {} },
  { at: 1_764_547_381_000, kind: "email.sent", ref: "''=twice", actor: "\tsystem", payload: { to: ["x@example.com"] } },
]);
const log = { entries, verdict: await verifyChain(entries), checkpoints: [], publicKey: (await signingKey(TEST_KEY)).publicJwk };
const lastHash = entries.at(-1)!.hash;
const valid = `VALID: 4 entries, last hash ${lastHash}\nMerkle root of 4 entries: ${toHex(await (await evidenceTree(entries)).root())}\n`;

describe("the documented verification, on both exports", () => {
  it("finds the JSON export valid", () => {
    expect(verify("ok.json", evidenceJson(log, new Date(0)))).toEqual({ code: 0, out: valid });
  });

  it("finds the CSV export valid, with the same last hash", () => {
    expect(verify("ok.csv", evidenceCsv(entries))).toEqual({ code: 0, out: valid });
  });

  it("writes the hashed milliseconds as `at` in the CSV, the readable time beside it", () => {
    const [header, first] = evidenceCsv(entries).split("\r\n");
    expect(header).toBe("seq,at,at_utc,kind,ref,actor,payload,prev_hash,hash");
    expect(first).toMatch(/^1,1764547200123,2025-12-01T00:00:00\.123Z,notice\.published,/);
  });

  it("finds a CSV whose time was moved by one millisecond broken at that entry", () => {
    const tampered = evidenceCsv(entries).replace(",1764547260999,", ",1764547261000,");
    expect(verify("time.csv", tampered)).toEqual({ code: 1, out: "BROKEN at entry 2: entry was changed after it was written\n" });
  });

  it("finds a CSV with a changed payload broken at that entry", () => {
    const tampered = evidenceCsv(entries).replace("Café", "Cafe");
    expect(verify("payload.csv", tampered)).toEqual({ code: 1, out: "BROKEN at entry 2: entry was changed after it was written\n" });
  });

  it("finds a JSON export with a removed entry broken where it was", () => {
    const body = JSON.parse(evidenceJson(log, new Date(0))) as { entries: unknown[] };
    body.entries.splice(2, 1);
    expect(verify("removed.json", JSON.stringify(body))).toEqual({ code: 1, out: "BROKEN at entry 4: expected entry 3\n" });
  });
});
