import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { enqueueNoticeWithdrawnFanout, type DeliveryRow } from "@/db/queries/emails";
import { emailDeliveries, objections, subscribers } from "@/db/schema";
import { verifyToken, type TokenPurpose } from "../auth/tokens";
import { findEvidenceEntry, listCheckpoints, writeWithEvidence } from "@/db/queries/evidence";
import { createContext } from "../core/context";
import { EvidenceApi } from "../core/evidence";
import { fromHex, verifyInclusion } from "../crypto/merkle";
import { orThrow } from "../errors";
import { newId } from "../ids";
import { insertNotice } from "../test/notice-fixture";
import { batchLookups, CancelledEmail, renderDelivery, UnrenderableEmail } from "./render-delivery";

const db = createDb(env.DB);
const ORIGIN = "http://localhost:8787";

function published(status: "published" | "withdrawn" = "published") {
  return insertNotice(db, { status, at: Date.UTC(2026, 11, 22, 10, 15), reason: "Better deliverability." });
}

function row(template: string, params: Record<string, string>, extra: Partial<DeliveryRow> = {}): DeliveryRow {
  return {
    id: newId("eml"),
    idempotencyKey: `test:${crypto.randomUUID()}`,
    template,
    params,
    noticeId: null,
    recipient: "reader@customer.test",
    lang: "en",
    subject: null,
    status: "pending",
    attempts: 0,
    providerId: null,
    lastError: null,
    createdAt: Date.now(),
    sentAt: null,
    outcome: null,
    outcomeAt: null,
    ...extra,
  };
}

/** The token of the first link in `text` that starts with `path`, checked for its purpose. */
async function tokenIn(text: string, path: string, purpose: TokenPurpose) {
  const match = text.match(new RegExp(`${ORIGIN}${path.replace(/[?/]/g, "\\$&")}\\?token=([^&\\s>]+)`));
  expect(match, `a link to ${path}`).not.toBeNull();
  return verifyToken(env.AUTH_SECRET, purpose, match![1]!, Date.now());
}

describe("rendering an owed email", () => {
  it("signs the confirmation link for the subscriber, not as a list message", async () => {
    const email = await renderDelivery(await createContext(env), row("subscribe-confirm", { subscriberId: "sub_1" }, { lang: "fr" }));
    expect((await tokenIn(email.text, "/subprocessors/confirm", "subscribe-confirm")).sub).toBe("sub_1");
    expect(email.headers).toEqual({});
    expect(email.html).toContain('<html lang="fr">');
  });

  it("signs the admin sign-in link for the address, valid 15 minutes, and says so", async () => {
    const email = await renderDelivery(await createContext(env), row("admin-sign-in", { email: "admin@roomtrust.test" }, { recipient: "admin@roomtrust.test" }));
    const claims = await tokenIn(email.text, "/admin/sign-in/verify", "admin-sign-in");
    expect(claims.sub).toBe("admin@roomtrust.test");
    expect(claims.exp * 1000 - Date.now()).toBeLessThanOrEqual(15 * 60_000 + 1000);
    expect(email.text).toContain("15 minutes");
  });

  it("gives a notice a personal objection link, the notice link and one-click unsubscribe", async () => {
    const noticeId = await published();
    const email = await renderDelivery(await createContext(env), row("notice-published", { noticeId, subscriberId: "sub_2" }, { noticeId }));
    const object = await tokenIn(email.text, `/subprocessors/notices/${noticeId}/object`, "object");
    expect(object).toMatchObject({ sub: "reader@customer.test", ctx: { noticeId } });
    expect((await tokenIn(email.text, "/subprocessors/unsubscribe", "unsubscribe")).sub).toBe("sub_2");
    expect(email.text).toContain(`${ORIGIN}/subprocessors/notices/${noticeId}?lang=en`);
    expect(email.text).toContain("22 December 2026 at 10:15 UTC");
    expect(email.headers["List-Unsubscribe"]).toMatch(new RegExp(`^<${ORIGIN}/subprocessors/unsubscribe\\?token=[^>]+>$`));
    expect(email.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(email.html).toContain(">Object to this change</a>");
  });

  it("gives a French reader the French written, and marks the English shown where none was lang=\"en\"", async () => {
    const noticeId = await insertNotice(db, { at: Date.UTC(2026, 11, 22, 10, 15), reason: "Better deliverability.", french: { proposedFrench: { purpose: "Courriel" } } });
    const email = await renderDelivery(await createContext(env), row("notice-published", { noticeId, subscriberId: "sub_fr" }, { noticeId, lang: "fr" }));
    const cell = (text: string) => new RegExp(`<td[^>]*>${text}</td>`).exec(email.html)?.[0];
    expect(cell("Courriel")).not.toContain("lang=");
    expect(cell("France")).toContain('lang="en"');
    expect(cell("Better deliverability.")).toContain('lang="en"');
    expect(cell("Acme Mail SAS")).not.toContain("lang=");
    // The plain-text part has no markup to carry a language; it says the same words.
    expect(email.text).toContain("Courriel");
    expect(email.text).toContain("Better deliverability.");
    // An English reader gets the English, nothing marked.
    const english = await renderDelivery(await createContext(env), row("notice-published", { noticeId, subscriberId: "sub_en" }, { noticeId }));
    expect(english.html).toContain(">Email</td>");
    expect(english.html).not.toMatch(/<td[^>]*lang=/);
  });

  it("renders a batch's notice once, and each reader's message is what rendering it alone gives", async () => {
    const noticeId = await published();
    const ctx = await createContext(env);
    const batch = batchLookups(ctx);
    const readers = [
      row("notice-published", { noticeId, subscriberId: "sub_a" }, { noticeId, recipient: "a@customer.test" }),
      row("notice-published", { noticeId, subscriberId: "sub_b" }, { noticeId, recipient: "b@customer.test", lang: "fr" }),
      row("notice-published", { noticeId, subscriberId: "sub_c" }, { noticeId, recipient: "c@customer.test" }),
      row("notice-withdrawn", { noticeId, subscriberId: "sub_d" }, { noticeId, recipient: "d@customer.test", lang: "fr" }),
    ];
    for (const reader of readers) {
      const inBatch = await renderDelivery(ctx, reader, batch);
      // Byte for byte, personal links included: a resent batch must be the same payload.
      const alone = await renderDelivery(await createContext(env), reader);
      expect(inBatch).toEqual(alone);
      expect(inBatch.html).not.toContain("personal-link.invalid");
      expect((await tokenIn(inBatch.text, "/subprocessors/unsubscribe", "unsubscribe")).sub).toBe(reader.params.subscriberId);
      expect(inBatch.headers["List-Unsubscribe"]).toContain(`token=`);
      if (reader.template === "notice-published") {
        expect((await tokenIn(inBatch.text, `/subprocessors/notices/${noticeId}/object`, "object")).sub).toBe(reader.recipient);
        expect(inBatch.html).toMatch(new RegExp(`href="${ORIGIN}/subprocessors/notices/${noticeId}/object\\?token=[^"&]+&amp;lang=${reader.lang}"`));
      }
    }
  });

  it("owes the withdrawal to every confirmed subscriber once, as a list message", async () => {
    const noticeId = await published("withdrawn");
    const subscriberId = newId("sub");
    await db.insert(subscribers).values({ id: subscriberId, email: `w.${subscriberId}@customer.test`, lang: "fr", status: "confirmed", createdAt: Date.now(), confirmedAt: Date.now() });
    const owed = await enqueueNoticeWithdrawnFanout(db, noticeId, Date.now());
    expect(owed).toBeGreaterThanOrEqual(1);
    expect(await enqueueNoticeWithdrawnFanout(db, noticeId, Date.now())).toBe(0);
    const mine = (await db.select().from(emailDeliveries).all()).find((d) => d.idempotencyKey === `notice-withdrawn:${noticeId}:sub:${subscriberId}`)!;
    expect(mine).toMatchObject({ template: "notice-withdrawn", params: { noticeId, subscriberId }, noticeId, lang: "fr", status: "pending" });
    const email = await renderDelivery(await createContext(env), mine);
    expect((await tokenIn(email.text, "/subprocessors/unsubscribe", "unsubscribe")).sub).toBe(subscriberId);
    expect(email.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("does not announce a change that was withdrawn before its notice went out", async () => {
    const noticeId = await published("withdrawn");
    await expect(renderDelivery(await createContext(env), row("notice-published", { noticeId, subscriberId: "sub_3" }, { noticeId }))).rejects.toBeInstanceOf(CancelledEmail);
  });

  it("tells the objector what was received, by when it is resolved, and how", async () => {
    const noticeId = await published();
    const objectionId = newId("obj");
    const receivedAt = Date.UTC(2026, 11, 23, 9, 0);
    await writeWithEvidence(
      db,
      [db.insert(objections).values({ id: objectionId, noticeId, organisation: "Client SA", contactEmail: "dpo@client.test", grounds: "Données hors UE.", lang: "fr", status: "resolved", remedy: "remediated", resolutionNote: "Région UE imposée.", receivedAt, resolutionDeadline: receivedAt + 30 * 86_400_000, resolvedAt: receivedAt + 86_400_000, resolvedBy: "admin@roomtrust.test" })],
      [{ at: receivedAt, kind: "objection.received", ref: objectionId, actor: "objector:dpo@client.test", payload: { noticeId, objectionId } }],
    );
    const ctx = await createContext(env);
    const receipt = await renderDelivery(ctx, row("objection-receipt", { objectionId }, { lang: "fr", noticeId }));
    expect(receipt.subject).toContain("Acme Mail");
    expect(receipt.text).toContain("22 janvier 2027 à 09:00 UTC");
    const entry = (await findEvidenceEntry(db, "objection.received", objectionId))!;
    expect(receipt.text).toContain(`l’entrée ${entry.seq} de notre journal de preuves`);
    const resolved = await renderDelivery(ctx, row("objection-resolved", { objectionId }, { lang: "fr", noticeId }));
    expect(resolved.text).toContain("Région UE imposée.");
    const vendor = await renderDelivery(ctx, row("termination-right", { objectionId, audience: "vendor" }, { noticeId }));
    expect(vendor.html).toContain('<html lang="en">');
  });

  it("carries the signed checkpoint that includes the notice's publication, and a proof link that proves it", async () => {
    const noticeId = await published();
    const entry = (await findEvidenceEntry(db, "notice.published", noticeId))!;
    const email = await renderDelivery(await createContext(env), row("notice-published", { noticeId, subscriberId: "sub_5" }, { noticeId }));
    const checkpoint = (await listCheckpoints(db)).find((c) => c.size >= entry.seq)!;
    expect(email.text).toContain(`entry ${entry.seq} of our evidence log, included in the signed checkpoint of ${checkpoint.size} entries`);
    for (const part of [checkpoint.rootHash, checkpoint.jws, `${ORIGIN}/evidence/checkpoints/${checkpoint.size}.json`]) expect(email.text).toContain(part);
    const link = new URL(email.text.match(new RegExp(`${ORIGIN}/evidence/proofs/inclusion\\?\\S+`))![0]);
    const query = Object.fromEntries(link.searchParams) as { entry: string; receipt: string; size: string };
    const proof = orThrow(await new EvidenceApi(env).inclusionProof(query));
    expect(proof.entry).toEqual(entry);
    expect(await verifyInclusion(entry.seq - 1, checkpoint.size, fromHex(proof.leafHash), proof.auditPath.map(fromHex), fromHex(checkpoint.rootHash))).toBe(true);
    // Rendered again (a retry), the message is the same, byte for byte.
    expect((await renderDelivery(await createContext(env), row("notice-published", { noticeId, subscriberId: "sub_5" }, { noticeId, id: "x" }))).text).toContain(link.href);
  });

  it("refuses what can never be rendered", async () => {
    const ctx = await createContext(env);
    await expect(renderDelivery(ctx, row("no-such-template", {}))).rejects.toBeInstanceOf(UnrenderableEmail);
    await expect(renderDelivery(ctx, row("notice-published", { noticeId: "ntc_gone", subscriberId: "sub_4" }))).rejects.toBeInstanceOf(UnrenderableEmail);
    await expect(renderDelivery(ctx, row("subscribe-confirm", {}))).rejects.toBeInstanceOf(UnrenderableEmail);
  });
});
