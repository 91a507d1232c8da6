import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { insertCheckpoint, listEvidence, writeWithEvidence } from "@/db/queries/evidence";
import { evidence } from "@/db/schema";
import { signToken } from "../auth/tokens";
import { signCompact, signingKey } from "../crypto/ed25519";
import { toHex } from "../crypto/merkle";
import { orThrow } from "../errors";
import { canonicalJson, chainEntries, GENESIS, type EvidenceEntry } from "../evidence/chain";
import { checkpointPayload, type SignedCheckpoint } from "../evidence/checkpoint";
import { checkCheckpoints } from "../evidence/checkpoint-verdict";
import { evidenceTree } from "../evidence/tree";
import { signCheckpoint } from "../use-cases/sign-checkpoint";
import { AdminApi } from "./admin";
import { createContext } from "./context";

// Issue 13's tamper battery on a real D1: someone with write access to the database changes the
// log after checkpoints were signed. The admin page shows each (AdminApi.evidence is what it
// renders), and a checkpoint kept from earlier catches each, including a rollback of both tables.
// The auditor's script on the same kinds of tampering: app/admin/_lib/evidence-verifier.test.ts.

const db = createDb(env.DB);
const ADMIN = "tamper-admin@vendor.test";
const OTHER_KEY = '{"crv":"Ed25519","d":"u8Ix6xsS8QYx9QbMGIvEZDrlbcQmGPM9U89mIY-oiDc","x":"VzXq9nlDgJocHqBIBqZlWIXLHvmHxi4_C95VjtJcVvM","kty":"OKP"}';

async function adminView() {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return orThrow(await new AdminApi(env).evidence({ sessionToken }));
}

/** What a customer or auditor holding `kept` finds, with the published key (the verifier's rule). */
async function keptCheckpointSays(kept: SignedCheckpoint) {
  const key = await signingKey(env.EVIDENCE_SIGNING_KEY);
  return checkCheckpoints(await listEvidence(db), [kept], key.publicJwk);
}

const sql = (query: string, ...values: unknown[]) => env.DB.prepare(query).bind(...values).run();

/** Rewrites the table as whoever runs the database could: every row re-hashed from scratch. */
async function replaceLog(rows: EvidenceEntry[]) {
  await env.DB.prepare("delete from evidence").run();
  for (const row of rows) await db.insert(evidence).values(row);
}

let atFour: SignedCheckpoint;
let atSix: SignedCheckpoint;

beforeEach(async () => {
  // Each test starts from the same six entries and two checkpoints, at 4 and at 6 entries.
  await env.DB.batch([env.DB.prepare("delete from evidence"), env.DB.prepare("delete from evidence_checkpoints")]);
  await upsertAdmin(db, ADMIN, "vendor_admin", Date.now());
  const add = (n: number) => writeWithEvidence(db, [], [{ at: 1_000 + n, kind: "objection.received", ref: `obj_${n}`, actor: `objector:dpo${n}@customer.test`, payload: { organisation: `Customer ${n}` } }]);
  for (const n of [1, 2, 3, 4]) await add(n);
  atFour = await signCheckpoint(await createContext(env));
  for (const n of [5, 6]) await add(n);
  atSix = await signCheckpoint(await createContext(env));
  expect((await adminView()).checkpointVerdict).toEqual({ consistent: true, checked: 2, latest: atSix });
});

describe("tampering with the evidence log on D1", () => {
  it("an edited entry breaks the chain and both checkpoints' roots", async () => {
    await sql("update evidence set payload = ? where seq = 2", canonicalJson({ organisation: "Forged Corp" }));
    const view = await adminView();
    expect(view.verdict).toMatchObject({ valid: false, brokenAt: 2 });
    expect(view.checkpointVerdict).toMatchObject({ consistent: false, breaks: [{ size: 4, problem: "root_differs" }, { size: 6, problem: "root_differs" }] });
    expect(await keptCheckpointSays(atFour)).toMatchObject({ consistent: false, breaks: [{ size: 4, problem: "root_differs" }] });
  });

  it("a deleted middle entry breaks the chain; the log is shorter than its latest checkpoint", async () => {
    await sql("delete from evidence where seq = 3");
    const view = await adminView();
    expect(view.verdict).toMatchObject({ valid: false, brokenAt: 4 });
    expect(view.checkpointVerdict).toMatchObject({ consistent: false, breaks: [{ size: 4, problem: "root_differs" }, { size: 6, problem: "entries_removed", logSize: 5 }] });
    expect(await keptCheckpointSays(atFour)).toMatchObject({ consistent: false });
  });

  it("deleted last entries leave the chain whole, and the checkpoint that covered them says so", async () => {
    await sql("delete from evidence where seq > 4");
    const view = await adminView();
    expect(view.verdict).toEqual({ valid: true, length: 4 });
    expect(view.checkpointVerdict).toMatchObject({ consistent: false, breaks: [{ size: 6, problem: "entries_removed", logSize: 4 }] });
    expect(await keptCheckpointSays(atSix)).toMatchObject({ consistent: false, breaks: [{ size: 6, problem: "entries_removed" }] });
  });

  it("reordered entries break the chain and the roots", async () => {
    await env.DB.batch([
      env.DB.prepare("update evidence set seq = -2 where seq = 2"),
      env.DB.prepare("update evidence set seq = 2 where seq = 3"),
      env.DB.prepare("update evidence set seq = 3 where seq = -2"),
    ]);
    const view = await adminView();
    expect(view.verdict).toMatchObject({ valid: false, brokenAt: 2 });
    expect(view.checkpointVerdict).toMatchObject({ consistent: false, breaks: [{ size: 4, problem: "root_differs" }, { size: 6, problem: "root_differs" }] });
  });

  it("a full rewrite with recomputed hashes passes the chain, not the checkpoints", async () => {
    const rows = await listEvidence(db);
    const forged = await chainEntries(GENESIS, rows.map(({ at, kind, ref, actor, payload }, i) => ({ at, kind, ref, actor, payload: i === 1 ? { organisation: "Forged Corp" } : (JSON.parse(payload) as Record<string, unknown>) })));
    await replaceLog(forged);
    const view = await adminView();
    expect(view.verdict).toEqual({ valid: true, length: 6 });
    expect(view.checkpointVerdict).toMatchObject({ consistent: false, breaks: [{ size: 4, problem: "root_differs" }, { size: 6, problem: "root_differs" }] });
    expect(await keptCheckpointSays(atFour)).toMatchObject({ consistent: false, breaks: [{ size: 4, problem: "root_differs" }] });
  });

  it("checkpoints re-signed with another key after a rewrite fail their signature", async () => {
    const rows = await listEvidence(db);
    const forged = await chainEntries(GENESIS, rows.map(({ at, kind, ref, actor }) => ({ at, kind, ref, actor, payload: { organisation: "Forged Corp" } })));
    await replaceLog(forged);
    await sql("delete from evidence_checkpoints");
    const other = await signingKey(OTHER_KEY);
    const body = { log: atSix.log, size: 6, rootHash: toHex(await (await evidenceTree(forged)).root()), signedAt: atSix.signedAt };
    await insertCheckpoint(db, { ...body, keyId: other.publicJwk.kid, jws: await signCompact(other, checkpointPayload(body)) });
    const view = await adminView();
    expect(view.verdict).toEqual({ valid: true, length: 6 });
    expect(view.checkpointVerdict).toMatchObject({ consistent: false, breaks: [{ size: 6, problem: "signature" }] });
    expect(await keptCheckpointSays(atSix)).toMatchObject({ consistent: false, breaks: [{ size: 6, problem: "root_differs" }] });
  });

  it("a rollback of the evidence table alone is shown; of both tables, a checkpoint kept from before catches it", async () => {
    await sql("delete from evidence where seq > 4");
    expect((await adminView()).checkpointVerdict).toMatchObject({ consistent: false, breaks: [{ size: 6, problem: "entries_removed", logSize: 4 }] });
    // The checkpoints table rolled back too: the database agrees with itself again, so the page
    // cannot tell; the checkpoint a customer kept (or their emailed receipt) can.
    await sql("delete from evidence_checkpoints where size > 4");
    expect((await adminView()).checkpointVerdict).toEqual({ consistent: true, checked: 1, latest: atFour });
    expect(await keptCheckpointSays(atSix)).toMatchObject({ consistent: false, breaks: [{ size: 6, problem: "entries_removed", logSize: 4 }] });
  });
});
