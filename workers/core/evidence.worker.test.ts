import { env, runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { findEvidenceEntry, listCheckpoints, listEvidence, writeWithEvidence } from "@/db/queries/evidence";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { fromHex, verifyConsistency, verifyInclusion } from "../crypto/merkle";
import { orThrow } from "../errors";
import { checkpointProblem } from "../evidence/checkpoint";
import { evidenceTree } from "../evidence/tree";
import { noticeClock } from "../objects/notice-clock";
import { advanceDevClock } from "../test/dev-clock";
import { signCheckpoint } from "../use-cases/sign-checkpoint";
import { signHourlyCheckpoint } from "../use-cases/sign-hourly-checkpoint";
import { DEV_EVIDENCE_SIGNING_KEY } from "./config";
import { createContext } from "./context";
import { DevApi } from "./dev";
import { EvidenceApi } from "./evidence";
import { NoticesApi } from "./notices";

// D1 is shared by the tests of this file: each works from the log as it finds it.
const db = createDb(env.DB);
const ADMIN = "evidence-admin@vendor.test";
const api = new EvidenceApi(env);

async function addEntries(n: number, kind = "test.entry") {
  const at = (await createContext(env)).clock.now();
  await writeWithEvidence(db, [], Array.from({ length: n }, (_, i) => ({ at, kind, ref: `ref-${i}`, actor: "system", payload: { i } })));
}

async function receiptFor(seq: number) {
  const ctx = await createContext(env);
  return signToken(ctx.config.AUTH_SECRET, "evidence-receipt", String(seq), ctx.clock.now());
}

beforeAll(async () => {
  await upsertAdmin(db, ADMIN, "vendor_admin", Date.now());
});

describe("signed checkpoints", () => {
  it("sign the log's size and RFC 9162 root with the public key the log publishes", async () => {
    await addEntries(3);
    const ctx = await createContext(env);
    const checkpoint = await signCheckpoint(ctx);
    const entries = await listEvidence(db);
    expect(checkpoint).toMatchObject({ size: entries.length, log: "http://localhost:8787/evidence", rootHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(fromHex(checkpoint.rootHash)).toEqual(await (await evidenceTree(entries)).root());
    const { jwk, pem } = orThrow(await api.publicKey());
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(checkpoint.keyId).toBe(jwk.kid);
    expect(await checkpointProblem(checkpoint, jwk)).toBeNull();
    // Nothing new: the same checkpoint, not a second signature at the same size.
    expect(await signCheckpoint(ctx)).toEqual(checkpoint);
    expect(orThrow(await api.checkpoint({ size: checkpoint.size }))).toEqual(checkpoint);
  });

  it("are signed when a notice is published and when its change takes effect", async () => {
    const session = async () => {
      const ctx = await createContext(env);
      const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
      return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
    };
    const notices = new NoticesApi(env);
    const proposed = { name: "Checkpointed", legalEntity: "Checkpointed SAS", purpose: "Logs", location: "France", dataCategories: ["Logs"], transferMechanism: "EEA", website: "https://checkpointed.example" };
    const { noticeId } = orThrow(await notices.draft({ ...(await session()), changeKind: "add", subprocessorId: "sp_checkpointed", proposed, reason: "Checkpoint test." }));
    orThrow(await notices.publish({ ...(await session()), noticeId }));
    const published = (await findEvidenceEntry(db, "notice.published", noticeId))!;
    expect((await listCheckpoints(db)).some((c) => c.size === published.seq)).toBe(true);

    await runDurableObjectAlarm(noticeClock(env, noticeId));
    orThrow(await new DevApi(env).advanceClock({ advanceDays: 31 }));
    const effective = (await findEvidenceEntry(db, "notice.effective", noticeId))!;
    expect(effective).toBeDefined();
    // Signed right after the change took effect, before its emails were sent.
    expect((await listCheckpoints(db)).some((c) => c.size === effective.seq)).toBe(true);
  });

  it("are signed by the cron once entries wait and the latest checkpoint is nearly an hour old, not before", async () => {
    const ctx = await createContext(env);
    await signCheckpoint(ctx);
    await addEntries(1);
    expect(await signHourlyCheckpoint(await createContext(env))).toEqual({ signed: false });
    await advanceDevClock(db, 56 * 60_000);
    expect(await signHourlyCheckpoint(await createContext(env))).toEqual({ signed: true });
    // Nothing added since: nothing to sign, however long it waits.
    await advanceDevClock(db, 2 * 3_600_000);
    expect(await signHourlyCheckpoint(await createContext(env))).toEqual({ signed: false });
  });
});

describe("proofs", () => {
  it("prove an entry's inclusion to the holder of its receipt, and to nobody else", async () => {
    await addEntries(5, "test.receipt");
    const checkpoint = await signCheckpoint(await createContext(env));
    const seq = checkpoint.size - 2;
    const proof = orThrow(await api.inclusionProof({ entry: String(seq), receipt: await receiptFor(seq) }));
    expect(proof.entry.seq).toBe(seq);
    expect(proof.checkpoint).toEqual(checkpoint);
    expect(await verifyInclusion(seq - 1, checkpoint.size, fromHex(proof.leafHash), proof.auditPath.map(fromHex), fromHex(checkpoint.rootHash))).toBe(true);
    // Another entry's receipt does not open this one.
    expect(await api.inclusionProof({ entry: String(seq), receipt: await receiptFor(seq + 1) })).toMatchObject({ ok: false, error: { code: "token_wrong_purpose" } });
    expect(await api.inclusionProof({ entry: String(seq), receipt: "nope" })).toMatchObject({ ok: false, error: { code: "token_invalid" } });
  });

  it("prove that an earlier checkpoint is a prefix of a later one", async () => {
    const first = await signCheckpoint(await createContext(env));
    await addEntries(7);
    const second = await signCheckpoint(await createContext(env));
    const { proof } = orThrow(await api.consistencyProof({ from: String(first.size), to: String(second.size) }));
    expect(await verifyConsistency(first.size, second.size, fromHex(first.rootHash), fromHex(second.rootHash), proof.map(fromHex))).toBe(true);
    expect(await api.consistencyProof({ from: String(second.size), to: String(first.size) })).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    expect(await api.consistencyProof({ from: String(first.size), to: String(second.size + 1000) })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});

describe("the signing key", () => {
  it("may not be the local development key outside local runs, as a 500 that reveals nothing", async () => {
    const production = { ...env, DEV_TOOLS: "0", WEBHOOK_ALLOW_LOOPBACK: "0", APP_ORIGIN: "https://trust.example", AUTH_SECRET: "a-production-secret-that-is-long-enough-0123" };
    expect(await new EvidenceApi({ ...production, EVIDENCE_SIGNING_KEY: DEV_EVIDENCE_SIGNING_KEY }).publicKey()).toMatchObject({ ok: false, error: { code: "internal", status: 500 } });
    expect(await new EvidenceApi({ ...production, EVIDENCE_SIGNING_KEY: "not a key" }).publicKey()).toMatchObject({ ok: false, error: { code: "internal", status: 500 } });
    expect(await new EvidenceApi(production).publicKey()).toMatchObject({ ok: true });
  });
});
