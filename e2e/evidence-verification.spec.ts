import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { fromHex, toHex, verifyConsistency } from "@/workers/crypto/merkle";
import type { EvidenceEntry } from "@/workers/evidence/chain";
import type { SignedCheckpoint } from "@/workers/evidence/checkpoint";
import { evidenceTree } from "@/workers/evidence/tree";
import { expectAccessible, signInFromOutbox } from "./fixtures";

// Issue 9, point 18, and issue 13: what docs/evidence-verification.md tells an auditor to do,
// done on what the running app hands out: both exports verify, with the public checkpoints and
// the public key; they agree; a tampered one does not.

function verify(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ["scripts/verify-evidence.mjs", ...args], { encoding: "utf8" }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

const sizesOf = (checkpoints: SignedCheckpoint[]) => [...checkpoints].sort((a, b) => a.size - b.size);

test("the JSON and CSV evidence exports both verify as the doc describes, with the public checkpoints, and tampering shows", async ({ page }, testInfo) => {
  await signInFromOutbox(page, page.request, "admin@roomtrust.test");
  const json = await page.request.get("/admin/evidence.json");
  const csv = await page.request.get("/admin/evidence.csv");
  expect(json.status()).toBe(200);
  expect(csv.status()).toBe(200);
  const jsonFile = testInfo.outputPath("roomtrust-evidence.json");
  const csvFile = testInfo.outputPath("roomtrust-evidence.csv");
  writeFileSync(jsonFile, await json.body());
  writeFileSync(csvFile, await csv.body());
  // What a customer or auditor fetched from the public URLs and kept.
  const keyFile = testInfo.outputPath("public-key.pem");
  const listFile = testInfo.outputPath("checkpoints.json");
  writeFileSync(keyFile, await (await page.request.get("/evidence/public-key.pem")).body());
  writeFileSync(listFile, await (await page.request.get("/evidence/checkpoints.json")).body());

  const exported = JSON.parse(await json.text()) as { entries: EvidenceEntry[]; checkpoints: SignedCheckpoint[] };
  const { entries } = exported;
  const checkpoints = sizesOf(exported.checkpoints);
  expect(entries.length).toBeGreaterThan(2);
  // The demo notice was published as the app started: a checkpoint covers it.
  expect(checkpoints.length).toBeGreaterThan(0);
  const head = `VALID: ${entries.length} entries, last hash ${entries.at(-1)!.hash}\nMerkle root of ${entries.length} entries: ${toHex(await (await evidenceTree(entries)).root())}\n`;
  const holds = (c: SignedCheckpoint, from: string) => `checkpoint ${c.size} (from ${from}): signature valid, and the log's first ${c.size} entries still have its root\n`;
  expect(verify(jsonFile, "--checkpoint", listFile, "--public-key", keyFile)).toEqual({ code: 0, out: head + checkpoints.map((c) => holds(c, "the export") + holds(c, listFile)).join("") });
  expect(verify(csvFile, "--checkpoint", listFile, "--public-key", keyFile)).toEqual({ code: 0, out: head + checkpoints.map((c) => holds(c, listFile)).join("") });

  // The CSV's `at` is the number the hash covers, the same as the JSON's.
  const rows = (await csv.text()).trim().split("\r\n");
  expect(rows[0]).toBe("seq,at,at_utc,kind,ref,actor,payload,prev_hash,hash");
  const second = entries[1]!;
  expect(rows[2]).toContain(`${second.seq},${second.at},${new Date(second.at).toISOString()},`);

  // Moving one entry's time by a millisecond, in either export, breaks the chain there, and every
  // checkpoint that covers it no longer matches.
  const changed = `BROKEN at entry ${second.seq}: entry was changed after it was written\n`;
  const rootGone = (c: SignedCheckpoint, from: string) => `BROKEN: checkpoint ${c.size} (from ${from}): the log's first ${c.size} entries no longer have the root it signed: they were changed after it was signed\n`;
  const movedCsv = testInfo.outputPath("moved.csv");
  writeFileSync(movedCsv, (await csv.text()).replace(`\r\n${second.seq},${second.at},`, `\r\n${second.seq},${second.at + 1},`));
  expect(verify(movedCsv, "--checkpoint", listFile, "--public-key", keyFile)).toEqual({ code: 1, out: changed + checkpoints.map((c) => rootGone(c, listFile)).join("") });
  const movedJson = testInfo.outputPath("moved.json");
  const body = JSON.parse(await json.text()) as { entries: { at: number }[] };
  body.entries[1]!.at += 1;
  writeFileSync(movedJson, JSON.stringify(body));
  expect(verify(movedJson)).toEqual({ code: 1, out: changed + checkpoints.map((c) => rootGone(c, "the export")).join("") });
  // Dropping the last entries keeps the chain whole; the checkpoint kept from before does not.
  const latest = checkpoints.at(-1)!;
  const cut = testInfo.outputPath("cut.json");
  writeFileSync(cut, JSON.stringify({ ...exported, checkpoints: [], entries: entries.slice(0, latest.size - 1) }));
  expect(verify(cut, "--checkpoint", listFile, "--public-key", keyFile).out).toContain(
    `BROKEN: checkpoint ${latest.size} (from ${listFile}): it covers ${latest.size} entries but the log has only ${latest.size - 1}: entries were removed after it was signed\n`,
  );
});

test("checkpoints and the key are public at stable URLs, hold no personal data, and are linked from the list and the feed", async ({ page }) => {
  const list = await page.request.get("/evidence/checkpoints.json");
  expect(list.status()).toBe(200);
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  const { checkpoints, publicKey } = (await list.json()) as { checkpoints: SignedCheckpoint[]; publicKey: string };
  expect(publicKey).toMatch(/\/evidence\/public-key$/);
  for (const checkpoint of checkpoints) {
    expect(Object.keys(checkpoint).sort()).toEqual(["jws", "keyId", "log", "rootHash", "signedAt", "size"]);
    expect(JSON.stringify(checkpoint)).not.toMatch(/@/);
  }
  const first = checkpoints[0]!;
  const one = await page.request.get(`/evidence/checkpoints/${first.size}.json`);
  expect(await one.json()).toEqual(first);
  expect(one.headers()["cache-control"]).toContain("immutable");
  expect((await page.request.get("/evidence/checkpoints/999999.json")).status()).toBe(404);

  const jwk = (await (await page.request.get("/evidence/public-key")).json()) as Record<string, string>;
  expect(Object.keys(jwk).sort()).toEqual(["crv", "kid", "kty", "x"]);
  expect(jwk.kid).toBe(first.keyId);
  expect(await (await page.request.get("/evidence/public-key.pem")).text()).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n?$/);

  // A consistency proof between the first and the latest checkpoint, checked with the RFC's algorithm.
  const last = checkpoints.at(-1)!;
  const proof = await page.request.get(`/evidence/proofs/consistency?from=${first.size}&to=${last.size}`);
  expect(proof.status()).toBe(200);
  const { proof: path } = (await proof.json()) as { proof: string[] };
  expect(await verifyConsistency(first.size, last.size, fromHex(first.rootHash), fromHex(last.rootHash), path.map(fromHex))).toBe(true);
  // An inclusion proof needs the entry's receipt.
  const refused = await page.request.get(`/evidence/proofs/inclusion?entry=1&receipt=forged`);
  expect(refused.status()).toBe(400);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");

  await page.goto("/subprocessors");
  await expect(page.getByRole("link", { name: /signed checkpoints of the evidence log/i })).toHaveAttribute("href", "/evidence/checkpoints.json");
  expect(await (await page.request.get("/subprocessors/feed.xml")).text()).toMatch(/<link rel="related" type="application\/json" href="http:\/\/localhost:\d+\/evidence\/checkpoints\.json"/);
});

test("the admin evidence page shows the latest checkpoint and that the log is consistent with all of them, in both languages", async ({ page }) => {
  await signInFromOutbox(page, page.request, "admin@roomtrust.test");
  const { checkpoints } = (await (await page.request.get("/evidence/checkpoints.json")).json()) as { checkpoints: SignedCheckpoint[] };
  const latest = checkpoints.at(-1)!;
  await page.goto("/admin/evidence");
  const section = page.getByRole("region", { name: "Signed checkpoints" });
  const consistent = checkpoints.length === 1 ? "The log is consistent with its signed checkpoint." : `The log is consistent with all ${checkpoints.length} signed checkpoints.`;
  await expect(section.getByRole("status")).toHaveText(consistent);
  await expect(section).toContainText(`Latest checkpoint: ${latest.size} entries, signed`);
  await expect(section).toContainText(latest.rootHash);
  await expectAccessible(page);
  await page.goto("/admin/evidence?lang=fr");
  await expect(page.getByRole("region", { name: "Points de contrôle signés" })).toContainText(`Dernier point de contrôle\u00a0: ${latest.size} entrées`);
});
