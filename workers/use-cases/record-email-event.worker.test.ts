import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { enqueueEmail, enqueueNoticeFanout, markDeliverySent } from "@/db/queries/emails";
import { listEvidence } from "@/db/queries/evidence";
import { confirmSubscriber, findSubscriberByEmail, insertPendingSubscriber } from "@/db/queries/subscribers";
import { emailDeliveries } from "@/db/schema";
import { EmailEventsApi } from "../core/email-events";
import { newId } from "../ids";

// Resend's delivery webhooks, signed here with the Standard Webhooks library (what Svix signs
// with) and the secret the core is configured with, then recorded through the core's procedure.

const db = createDb(env.DB);
const api = new EmailEventsApi(env);
const signer = new Webhook(env.RESEND_WEBHOOK_SECRET!);

/** A confirmed subscriber and one sent message to them, known to the provider as `providerId`. */
async function sentTo(email: string) {
  const now = Date.now();
  const subscriberId = newId("sub");
  await insertPendingSubscriber(db, { id: subscriberId, email, lang: "en", now });
  await confirmSubscriber(db, subscriberId, now);
  const key = `test:${crypto.randomUUID()}`;
  await enqueueEmail(db, { idempotencyKey: key, template: "notice-published", params: { subscriberId }, recipient: email, lang: "en", noticeId: null }, now);
  const row = (await db.select().from(emailDeliveries).where(eq(emailDeliveries.idempotencyKey, key)).get())!;
  const providerId = crypto.randomUUID();
  await markDeliverySent(db, row.id, providerId, "Notice", now);
  return { deliveryId: row.id, providerId };
}

function event(type: string, providerId: string, to: string, extra: Record<string, unknown> = {}) {
  const data = { email_id: providerId, message_id: "<x@amazonses.com>", created_at: new Date().toISOString(), from: "n@roomtrust.test", to: [to], subject: "Notice", ...extra };
  return JSON.stringify({ type, created_at: new Date().toISOString(), data });
}

function signed(payload: string, { id = `msg_${crypto.randomUUID()}`, at = new Date(), by = signer } = {}) {
  return { payload, headers: { id, timestamp: String(Math.floor(at.getTime() / 1000)), signature: by.sign(id, at, payload) } };
}

async function deliveryRow(id: string) {
  return (await db.select().from(emailDeliveries).where(eq(emailDeliveries.id, id)).get())!;
}

/** The provider's evidence entries about one delivery, payloads read back from their canonical JSON. */
async function evidenceFor(deliveryId: string) {
  const entries = (await listEvidence(db)).map((e) => ({ ...e, payload: JSON.parse(e.payload) as Record<string, unknown> }));
  return entries.filter((e) => e.payload.delivery === deliveryId && e.actor === "provider:resend");
}

describe("Resend's delivery webhooks", () => {
  it("records a delivery on its row and in the evidence log, once however often it is sent", async () => {
    const { deliveryId, providerId } = await sentTo("reader@customer.test");
    const webhook = signed(event("email.delivered", providerId, "reader@customer.test"));
    expect(await api.record(webhook)).toEqual({ ok: true, data: { recorded: true, outcome: "delivered", listMailStopped: false } });
    // Svix sends the same webhook again when our answer is lost: acknowledged, not recorded twice.
    expect(await api.record(webhook)).toEqual({ ok: true, data: { recorded: false, reason: "already_recorded" } });
    expect(await deliveryRow(deliveryId)).toMatchObject({ outcome: "delivered" });
    const entries = await evidenceFor(deliveryId);
    expect(entries.map((e) => e.kind)).toEqual(["email.delivered"]);
    expect(entries[0]!.payload).toMatchObject({ recipient: "reader@customer.test", providerId, webhookId: webhook.headers.id });
  });

  it("stops list mail to an address that bounced for good or complained, and the next notice skips it", async () => {
    const bounced = await sentTo("gone@customer.test");
    const complained = await sentTo("annoyed@customer.test");
    const transient = await sentTo("full@customer.test");
    const bounce = (type: string) => ({ bounce: { type, subType: "General", message: "550 5.1.1 user unknown" } });
    expect(await api.record(signed(event("email.bounced", bounced.providerId, "gone@customer.test", bounce("Permanent"))))).toMatchObject({ ok: true, data: { outcome: "bounced", listMailStopped: true } });
    expect(await api.record(signed(event("email.complained", complained.providerId, "annoyed@customer.test")))).toMatchObject({ ok: true, data: { outcome: "complained", listMailStopped: true } });
    // A full mailbox may clear: recorded, but mail goes on.
    expect(await api.record(signed(event("email.bounced", transient.providerId, "full@customer.test", bounce("Transient"))))).toMatchObject({ ok: true, data: { outcome: "bounced", listMailStopped: false } });

    expect(await findSubscriberByEmail(db, "gone@customer.test")).toMatchObject({ status: "suppressed", suppressedReason: "bounced" });
    expect(await findSubscriberByEmail(db, "annoyed@customer.test")).toMatchObject({ status: "suppressed", suppressedReason: "complained" });
    expect(await findSubscriberByEmail(db, "full@customer.test")).toMatchObject({ status: "confirmed" });
    const noticeId = `ntc_${crypto.randomUUID().replaceAll("-", "").slice(0, 20)}`;
    await enqueueNoticeFanout(db, noticeId, Date.now());
    const recipients = (await db.select().from(emailDeliveries).where(eq(emailDeliveries.noticeId, noticeId)).all()).map((r) => r.recipient);
    expect(recipients).toContain("full@customer.test");
    expect(recipients).not.toContain("gone@customer.test");
    expect(recipients).not.toContain("annoyed@customer.test");
  });

  it("keeps the final word: a late 'delayed' never hides a delivery, a complaint follows one", async () => {
    const { deliveryId, providerId } = await sentTo("late@customer.test");
    await api.record(signed(event("email.delivered", providerId, "late@customer.test")));
    await api.record(signed(event("email.delivery_delayed", providerId, "late@customer.test")));
    expect((await deliveryRow(deliveryId)).outcome).toBe("delivered");
    await api.record(signed(event("email.complained", providerId, "late@customer.test")));
    expect((await deliveryRow(deliveryId)).outcome).toBe("complained");
  });

  it("refuses what is not signed with our secret, a changed body and an old replay, recording nothing", async () => {
    const { deliveryId, providerId } = await sentTo("target@customer.test");
    const body = event("email.bounced", providerId, "target@customer.test", { bounce: { type: "Permanent", subType: "General", message: "x" } });
    const stranger = new Webhook(`whsec_${btoa("somebody else's secret!!")}`);
    const refused = [
      signed(body, { by: stranger }),
      { ...signed(body), payload: body.replace("target@", "other@") },
      signed(body, { at: new Date(Date.now() - 10 * 60_000) }),
      { payload: body, headers: { id: "msg_1", timestamp: String(Math.floor(Date.now() / 1000)), signature: "v1,bm90IGEgc2lnbmF0dXJl" } },
    ];
    for (const webhook of refused) expect(await api.record(webhook)).toMatchObject({ ok: false, error: { code: "webhook_unverified", status: 400 } });
    expect(await api.record({ payload: body, headers: { id: "", timestamp: "", signature: "" } })).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400 } });
    expect((await deliveryRow(deliveryId)).outcome).toBeNull();
    expect(await findSubscriberByEmail(db, "target@customer.test")).toMatchObject({ status: "confirmed" });
    expect(await evidenceFor(deliveryId)).toEqual([]);
  });

  it("asks again for a young event about a message it does not know yet, and records it once the send is recorded", async () => {
    const { deliveryId, providerId } = await sentTo("quick@customer.test");
    const early = signed(event("email.delivered", crypto.randomUUID(), "quick@customer.test"));
    expect(await api.record(early)).toMatchObject({ ok: false, error: { code: "webhook_early", status: 503 } });
    // The provider's retry, once our row knows the id (here: the same event about the recorded message).
    expect(await api.record(signed(event("email.delivered", providerId, "quick@customer.test")))).toMatchObject({ ok: true, data: { recorded: true } });
    expect((await deliveryRow(deliveryId)).outcome).toBe("delivered");
  });

  it("acknowledges a verified event about a message that is not ours, or of a kind we do not act on", async () => {
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60_000).toISOString();
    const old = JSON.stringify({ type: "email.delivered", created_at: elevenMinutesAgo, data: { email_id: crypto.randomUUID(), created_at: elevenMinutesAgo, from: "a@b.test", to: ["x@elsewhere.test"], subject: "s", message_id: "<m>" } });
    expect(await api.record(signed(old))).toEqual({ ok: true, data: { recorded: false, reason: "unknown_message" } });
    expect(await api.record(signed(JSON.stringify({ type: "contact.created", created_at: new Date().toISOString(), data: { id: "c1" } })))).toEqual({ ok: true, data: { recorded: false, reason: "not_a_delivery_event" } });
  });
});
