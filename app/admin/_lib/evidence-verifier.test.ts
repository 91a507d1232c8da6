import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publicKeyPem, signCompact, signingKey, type SigningKey } from "@/workers/crypto/ed25519";
import { toHex } from "@/workers/crypto/merkle";
import { canonicalJson, chainEntries, GENESIS, verifyChain, type EvidenceEntry, type EvidenceInput } from "@/workers/evidence/chain";
import { checkpointPayload, type SignedCheckpoint } from "@/workers/evidence/checkpoint";
import { evidenceTree } from "@/workers/evidence/tree";
import { evidenceCsv, evidenceJson } from "./evidence-files";

// The auditor's side of issue 13: scripts/verify-evidence.mjs on exports that someone who runs
// the database has tampered with, given one checkpoint (or receipt) kept from earlier. The same
// battery on a real D1, as the admin page shows it, is in workers/core/evidence-tamper.worker.test.ts.

const dir = mkdtempSync(join(tmpdir(), "evidence-verifier-"));
const KEY = await signingKey('{"crv":"Ed25519","d":"fl68hmJBvOJZipOECiC30xWXke6hykDZltZ5nDBqp_o","x":"CS_Pti2jlX6hKoVWdalWltwCN3FsEEgT9UhsRIgVc9I","kty":"OKP"}');
const OTHER_KEY = await signingKey('{"crv":"Ed25519","d":"u8Ix6xsS8QYx9QbMGIvEZDrlbcQmGPM9U89mIY-oiDc","x":"VzXq9nlDgJocHqBIBqZlWIXLHvmHxi4_C95VjtJcVvM","kty":"OKP"}');
const LOG = "https://trust.example/evidence";

const file = (name: string, contents: string) => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};
const keyFile = file("public-key.pem", await publicKeyPem(KEY.publicJwk));

function verify(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ["scripts/verify-evidence.mjs", ...args], { encoding: "utf8" }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

async function checkpointOf(entries: EvidenceEntry[], size: number, key: SigningKey = KEY): Promise<SignedCheckpoint> {
  const body = { log: LOG, size, rootHash: toHex(await (await evidenceTree(entries)).root(size)), signedAt: 1_764_547_200_000 + size };
  return { ...body, keyId: key.publicJwk.kid, jws: await signCompact(key, checkpointPayload(body)) };
}

const exportOf = async (entries: EvidenceEntry[], checkpoints: SignedCheckpoint[], key: SigningKey = KEY) =>
  evidenceJson({ entries, verdict: await verifyChain(entries), checkpoints, publicKey: key.publicJwk }, new Date(0));

const input = (n: number, organisation = `Customer ${n}`): EvidenceInput => ({ at: 1_764_547_200_000 + n, kind: "objection.received", ref: `obj_${n}`, actor: `objector:dpo${n}@customer.test`, payload: { organisation } });
const original = await chainEntries(GENESIS, [1, 2, 3, 4, 5, 6].map((n) => input(n)));
const atFour = await checkpointOf(original, 4);
const atSix = await checkpointOf(original, 6);
const earlier = file("checkpoint-4.json", JSON.stringify(atFour));
const latest = file("checkpoint-6.json", JSON.stringify(atSix));
const rootOf = async (entries: EvidenceEntry[]) => toHex(await (await evidenceTree(entries)).root());

/** Renumbers and re-hashes entries from scratch, as someone rewriting the whole table would. */
const rechained = (entries: EvidenceEntry[]) => chainEntries(GENESIS, entries.map(({ at, kind, ref, actor, payload }) => ({ at, kind, ref, actor, payload: JSON.parse(payload) as Record<string, unknown> })));

describe("verify-evidence with checkpoints", () => {
  it("finds an untouched log valid: every hash, the root, each checkpoint's signature and root", async () => {
    const exported = file("ok.json", await exportOf(original, [atFour, atSix]));
    expect(verify(exported, "--checkpoint", earlier, "--public-key", keyFile)).toEqual({
      code: 0,
      out: [
        `VALID: 6 entries, last hash ${original[5]!.hash}`,
        `Merkle root of 6 entries: ${atSix.rootHash}`,
        "checkpoint 4 (from the export): signature valid, and the log's first 4 entries still have its root",
        `checkpoint 4 (from ${earlier}): signature valid, and the log's first 4 entries still have its root`,
        "checkpoint 6 (from the export): signature valid, and the log's first 6 entries still have its root",
        "",
      ].join("\n"),
    });
  });

  it("checks the CSV export against checkpoints too, with the key given", () => {
    const exported = file("ok.csv", evidenceCsv(original));
    expect(verify(exported, "--checkpoint", latest, "--public-key", keyFile)).toMatchObject({ code: 0, out: expect.stringContaining(`checkpoint 6 (from ${latest}): signature valid`) });
    expect(verify(exported, "--checkpoint", latest)).toEqual({ code: 1, out: "CANNOT CHECK signatures: no public key; pass --public-key <file> (from /evidence/public-key)\n" });
  });

  it("catches an edited entry", async () => {
    const edited = original.map((e) => (e.seq === 2 ? { ...e, payload: canonicalJson({ organisation: "Forged Corp" }) } : e));
    expect(verify(file("edited.json", await exportOf(edited, [atFour, atSix])), "--checkpoint", earlier, "--public-key", keyFile)).toEqual({
      code: 1,
      out: [
        "BROKEN at entry 2: entry was changed after it was written",
        "BROKEN: checkpoint 4 (from the export): the log's first 4 entries no longer have the root it signed: they were changed after it was signed",
        `BROKEN: checkpoint 4 (from ${earlier}): the log's first 4 entries no longer have the root it signed: they were changed after it was signed`,
        "BROKEN: checkpoint 6 (from the export): the log's first 6 entries no longer have the root it signed: they were changed after it was signed",
        "",
      ].join("\n"),
    });
  });

  it("catches a deleted middle entry", async () => {
    const out = verify(file("middle.json", await exportOf(original.filter((e) => e.seq !== 3), [])), "--checkpoint", earlier, "--public-key", keyFile);
    expect(out).toEqual({ code: 1, out: `BROKEN at entry 4: expected entry 3\nBROKEN: checkpoint 4 (from ${earlier}): the log's first 4 entries no longer have the root it signed: they were changed after it was signed\n` });
  });

  it("catches deleted last entries, from the checkpoint or receipt that covered them", async () => {
    const out = verify(file("last.json", await exportOf(original.slice(0, 4), [atFour])), "--checkpoint", latest, "--public-key", keyFile);
    expect(out).toEqual({ code: 1, out: `BROKEN: checkpoint 6 (from ${latest}): it covers 6 entries but the log has only 4: entries were removed after it was signed\n` });
  });

  it("catches reordered entries", async () => {
    const reordered = await rechained([original[0]!, original[2]!, original[1]!, ...original.slice(3)]);
    // Renumbered and re-hashed, the chain holds on its own; the earlier checkpoint does not.
    expect(verify(file("reordered.json", await exportOf(reordered, [])), "--checkpoint", earlier, "--public-key", keyFile)).toEqual({
      code: 1,
      out: `BROKEN: checkpoint 4 (from ${earlier}): the log's first 4 entries no longer have the root it signed: they were changed after it was signed\n`,
    });
    const swapped = [original[0]!, original[2]!, original[1]!, ...original.slice(3)];
    expect(verify(file("swapped.json", await exportOf(swapped, [])))).toEqual({ code: 1, out: "BROKEN at entry 3: expected entry 2\n" });
  });

  it("catches a full rewrite with recomputed hashes and freshly signed checkpoints", async () => {
    const forged = await rechained(original.map((e) => (e.seq === 2 ? { ...e, payload: canonicalJson({ organisation: "Forged Corp" }) } : e)));
    const resigned = [await checkpointOf(forged, 4), await checkpointOf(forged, 6)];
    const out = verify(file("rewritten.json", await exportOf(forged, resigned)), "--checkpoint", earlier, "--public-key", keyFile);
    expect(out).toEqual({
      code: 1,
      out: [
        `BROKEN: checkpoint 4 (from ${earlier}): two signed checkpoints of 4 entries have different roots (the log was forked)`,
        `BROKEN: checkpoint 4 (from ${earlier}): the log's first 4 entries no longer have the root it signed: they were changed after it was signed`,
        "",
      ].join("\n"),
    });
  });

  it("catches a checkpoint signed with another key, even when the export carries that key", async () => {
    const forged = await rechained(original.map((e) => (e.seq === 5 ? { ...e, payload: canonicalJson({ organisation: "Forged Corp" }) } : e)));
    const exported = file("other-key.json", await exportOf(forged, [await checkpointOf(forged, 6, OTHER_KEY)], OTHER_KEY));
    expect(verify(exported, "--public-key", keyFile)).toEqual({ code: 1, out: `BROKEN: checkpoint 6 (from the export): its signature does not verify with the public key from ${keyFile}\n` });
    // Without a pinned key, the checkpoint kept from earlier (signed by the real key) still tells.
    expect(verify(exported, "--checkpoint", earlier)).toEqual({ code: 1, out: `BROKEN: checkpoint 4 (from ${earlier}): its signature does not verify with the public key from the export\n` });
  });

  it("catches a rollback to an older state that then went on differently", async () => {
    const rolledBack = await chainEntries(original[3]!, [input(5, "Other Customer"), input(6)]);
    const now = [...original.slice(0, 4), ...rolledBack];
    const out = verify(file("rollback.json", await exportOf(now, [atFour, await checkpointOf(now, 6)])), "--checkpoint", latest, "--public-key", keyFile);
    expect(out).toEqual({
      code: 1,
      out: [
        `BROKEN: checkpoint 6 (from ${latest}): two signed checkpoints of 6 entries have different roots (the log was forked)`,
        `BROKEN: checkpoint 6 (from ${latest}): the log's first 6 entries no longer have the root it signed: they were changed after it was signed`,
        "",
      ].join("\n"),
    });
    expect(await rootOf(now)).not.toBe(atSix.rootHash);
  });

  it("checks a receipt's inclusion proof and that the export still holds its entry", async () => {
    const tree = await evidenceTree(original);
    const receipt = (entry: EvidenceEntry, auditPath: string[]) => file(`receipt-${entry.seq}.json`, JSON.stringify({ entry, checkpoint: atSix, auditPath, leafIndex: entry.seq - 1 }));
    const path = (await tree.inclusionProof(2, 6)).map(toHex);
    const good = receipt(original[2]!, path);
    const exported = file("receipts.json", await exportOf(original, [atSix]));
    expect(verify(exported, "--checkpoint", good, "--public-key", keyFile)).toMatchObject({ code: 0, out: expect.stringContaining(`receipt for entry 3 (${good}): included in checkpoint 6, and the export holds it unchanged\n`) });
    const edited = file("receipts-edited.json", await exportOf(await rechained(original.map((e) => (e.seq === 3 ? { ...e, actor: "someone else" } : e))), []));
    expect(verify(edited, "--checkpoint", good, "--public-key", keyFile).out).toContain(`BROKEN: receipt for entry 3 (${good}): the export does not hold this entry as the receipt shows it\n`);
    const bent = receipt({ ...original[2]!, ref: "obj_9" }, path);
    expect(verify(exported, "--checkpoint", bent, "--public-key", keyFile).out).toContain(`BROKEN: receipt for entry 3 (${bent}): its inclusion proof does not lead to checkpoint 6's root\n`);
  });
});
