import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { listEvidence } from "@/db/queries/evidence";
import { emailDeliveries, webhookDeliveries, webhookEndpoints, type WebhookEventType } from "@/db/schema";
import type { ReceivedWebhook, ReceiverStep } from "@/standins/webhook-receiver/server";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { readConfig } from "./config";
import { createContext } from "./context";
import { orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { webhookSender } from "../objects/webhook-sender";
import { runArmedAlarm } from "../test/run-alarm";
import { advanceDevClock } from "../test/dev-clock";
import { insertNotice } from "../test/notice-fixture";
import { advanceClock } from "../use-cases/advance-clock";
import { oweNoticeWebhooks, wakeNoticeWebhookSenders } from "../use-cases/owe-notice-webhooks";
import type { NoticeEffect } from "../domain/notice";
import { findNotice } from "@/db/queries/notices";
import { wakeWebhookSenders } from "../use-cases/wake-webhook-senders";
import { forgetExpiredWebhookSecrets } from "../use-cases/forget-expired-webhook-secrets";
import { oweWebhookEvent } from "@/db/queries/webhooks";
import { NoticesApi } from "./notices";
import { WebhooksApi } from "./webhooks";

// Endpoints registered through the core's procedures, events owed by the use cases that emit
// them, sent by each endpoint's WebhookSender to a local receiver (standins/webhook-receiver/)
// that verifies every message with the Standard Webhooks library, as a vendor-risk tool would.

const ADMIN = "webhooks-admin@vendor.test";
const db = createDb(env.DB);
const api = new WebhooksApi(env);
const receiverUrl = env.WEBHOOK_RECEIVER_URL;

const control = async (path: string, body: unknown) => {
  await fetch(`${receiverUrl}/__receiver/${path}`, { method: "POST", body: JSON.stringify(body) });
};
const received = async (name: string): Promise<ReceivedWebhook[]> => (await fetch(`${receiverUrl}/__receiver/received?name=${name}`)).json();

async function session() {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

/** An endpoint at the receiver `name`, which is told its secret and what to answer. */
async function endpointAt(name: string, steps: ReceiverStep[] = [], events: WebhookEventType[] = ["notice.published", "change.effective"]) {
  const created = orThrow(await api.register({ ...(await session()), url: `${receiverUrl}/hooks/${name}`, events }));
  await control("secret", { name, secret: created.secret });
  await control("script", { name, steps });
  return created;
}

/** Runs the endpoint's sender now (after any alarm already running), as its alarm would. */
const sendDue = (endpointId: string) => webhookSender(env, endpointId).sendDue();
const deliveriesOf = (endpointId: string) => db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).all();
const endpointRow = async (endpointId: string) => (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).get())!;

/** Moves the dev clock to the delivery's next try and sends. */
async function retry(endpointId: string) {
  const [delivery] = await deliveriesOf(endpointId);
  const now = (await createContext(env)).clock.now();
  if (delivery?.nextAttemptAt != null && delivery.nextAttemptAt > now) await advanceDevClock(db, delivery.nextAttemptAt - now);
  await sendDue(endpointId);
}

/** Owes notice.published for a notice as its publication's batch does, then wakes the senders. */
async function emitPublishedFor(noticeId: string) {
  const ctx = await createContext(env);
  const effects: NoticeEffect[] = [{ type: "record", kind: "notice.published" }];
  const [owe, ...more] = await oweNoticeWebhooks(ctx, (await findNotice(db, noticeId))!, effects, ctx.clock.now());
  await db.batch([owe!, ...more]);
  await wakeNoticeWebhookSenders(ctx, noticeId, effects);
}

async function emitPublished() {
  const noticeId = await insertNotice(db);
  await emitPublishedFor(noticeId);
  return noticeId;
}

beforeAll(async () => {
  await upsertAdmin(db, ADMIN, "vendor_admin", Date.now());
});

describe("registering an endpoint", () => {
  it("answers the whsec_ secret once; the list and the evidence show only its last characters and the URL", async () => {
    const created = await endpointAt("register");
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = orThrow(await api.list(await session())).endpoints.find((e) => e.id === created.id)!;
    expect(listed).toMatchObject({ url: `${receiverUrl}/hooks/register`, status: "active", secretHint: `…${created.secret.slice(-4)}` });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const entry = (await listEvidence(db)).find((e) => e.kind === "webhook.endpoint_registered" && e.ref === created.id)!;
    expect(JSON.parse(entry.payload)).toEqual({ endpointId: created.id, url: created.url, events: ["notice.published", "change.effective"] });
    expect(entry.payload).not.toContain(created.secret);
  });

  it("refuses a URL that is not https on a public name, naming the field", async () => {
    for (const [url, code] of [
      ["ftp://hooks.acme.com/x", "webhook_url_not_https"],
      ["http://hooks.acme.com/x", "webhook_url_not_https"],
      ["https://10.0.0.5/x", "webhook_url_ip_literal"],
      ["https://[::ffff:7f00:1]/x", "webhook_url_ip_literal"],
      ["https://metadata.google.internal/x", "webhook_url_private_name"],
      ["not a url", "webhook_url_invalid"],
    ]) {
      expect(await api.register({ ...(await session()), url, events: ["notice.published"] }), url).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400, issues: [{ path: "url", code }] } });
    }
    expect(await api.register({ ...(await session()), url: "https://hooks.acme.com/x", events: [] })).toMatchObject({
      ok: false,
      error: { code: "validation_failed", issues: [{ path: "events", message: "Events: choose at least one event to send to this endpoint." }] },
    });
  });

  it("refuses loopback unless the deployment's flag allows it, and production refuses the flag", async () => {
    const strict = new WebhooksApi({ ...env, WEBHOOK_ALLOW_LOOPBACK: "0" });
    expect(await strict.register({ ...(await session()), url: `${receiverUrl}/hooks/x`, events: ["notice.published"] })).toMatchObject({ ok: false, error: { issues: [{ path: "url", code: "webhook_url_not_https" }] } });
    expect(() => readConfig({ ...env, DEV_TOOLS: "0" })).toThrow(/WEBHOOK_ALLOW_LOOPBACK is for local runs and tests only/);
  });

  it("is for vendor admins only, with the form's anti-CSRF value", async () => {
    const { sessionToken } = await session();
    expect(await api.register({ sessionToken, csrf: "forged", url: "https://hooks.acme.com/x", events: ["notice.published"] })).toMatchObject({ ok: false, error: { code: "csrf_failed" } });
    expect(await api.list({})).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
  });
});

describe("sending", () => {
  it("signs each event per Standard Webhooks; a 5xx is tried again later with the same webhook-id and body", async () => {
    const endpoint = await endpointAt("flaky", [503]);
    const noticeId = await emitPublished();
    await sendDue(endpoint.id);
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, lastStatus: 503 });
    expect(failed!.nextAttemptAt! - failed!.lastAttemptAt!).toBe(60_000);
    await retry(endpoint.id);
    const [delivered] = await deliveriesOf(endpoint.id);
    expect(delivered).toMatchObject({ status: "delivered", attempts: 2, lastStatus: 204, lastError: null });
    const got = await received("flaky");
    expect(got.map((r) => [r.answered, r.verified, r.webhookId])).toEqual([[503, true, delivered!.id], [204, true, delivered!.id]]);
    expect(got[0]!.body).toBe(got[1]!.body);
    const body = JSON.parse(got[1]!.body) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(body).toMatchObject({ type: "notice.published", data: { noticeId, changeKind: "add", subprocessorId: `sp_${noticeId.slice(4, 14)}`, subprocessorName: "Acme Mail", url: `http://localhost:8787/subprocessors/notices/${noticeId}` } });
    expect(Date.parse(body.timestamp)).toBeGreaterThan(0);
    expect((await endpointRow(endpoint.id)).consecutiveFailures).toBe(0);
  });

  it("counts an answer that does not come within the timeout as a failure, and tries again", async () => {
    const endpoint = await endpointAt("slow", ["hang"]);
    await emitPublished();
    await sendDue(endpoint.id);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "pending", attempts: 1, lastStatus: null, lastError: "timeout: no answer within 1000 ms" });
    await retry(endpoint.id);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "delivered", attempts: 2 });
  });

  it("owes an event once however often it is emitted, with an id a receiver can deduplicate on", async () => {
    const endpoint = await endpointAt("replay");
    const noticeId = await insertNotice(db);
    await emitPublishedFor(noticeId);
    await emitPublishedFor(noticeId);
    await sendDue(endpoint.id);
    const rows = await deliveriesOf(endpoint.id);
    expect(rows).toHaveLength(1);
    const [only] = await received("replay");
    expect(only).toMatchObject({ webhookId: rows[0]!.id, verified: true });
    // The receiver's library refuses the same request replayed once its timestamp is stale.
    const stale = String(Math.floor(Date.now() / 1000) - 6 * 60);
    const signature = new Webhook(endpoint.secret).sign(only!.webhookId, new Date(Number(stale) * 1000), only!.body);
    expect(() => new Webhook(endpoint.secret).verify(only!.body, { "webhook-id": only!.webhookId, "webhook-timestamp": stale, "webhook-signature": signature })).toThrow(/too old/);
    // An endpoint that did not ask for an event is owed nothing.
    const other = await endpointAt("withdrawn-only", [], ["notice.withdrawn"]);
    await emitPublished();
    expect(await deliveriesOf(other.id)).toEqual([]);
  });

  it("refuses to send to a name whose DNS answer is a private address, without connecting", async () => {
    const endpoint = orThrow(await api.register({ ...(await session()), url: "https://hooks.rebinding-vendor.com/in", events: ["notice.published"] }));
    await control("dns", { name: "hooks.rebinding-vendor.com", A: ["93.184.216.34", "10.0.0.5"], AAAA: ["::ffff:127.0.0.1"] });
    await emitPublished();
    await sendDue(endpoint.id);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "pending", attempts: 1, lastError: "refused: hooks.rebinding-vendor.com points to 10.0.0.5, which is not a public address" });
    await control("dns", { name: "hooks.rebinding-vendor.com", AAAA: ["fd00::1"] });
    await retry(endpoint.id);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ attempts: 2, lastError: "refused: hooks.rebinding-vendor.com points to fd00::1, which is not a public address" });
  });

  it("turns an endpoint off after failures in a row over a day, with one email per vendor admin, and resumes when turned on", async () => {
    const endpoint = await endpointAt("down", Array<ReceiverStep>(20).fill(500));
    await emitPublished();
    await sendDue(endpoint.id);
    for (let attempt = 2; (await endpointRow(endpoint.id)).status === "active" && attempt <= 10; attempt++) await retry(endpoint.id);
    const row = await endpointRow(endpoint.id);
    expect(row).toMatchObject({ status: "disabled", disabledReason: "failures", consecutiveFailures: 8 });
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "failed", attempts: 8 });
    // Not before a day had passed: the sixth and seventh failures came within it.
    expect((await received("down")).length).toBe(8);
    const emails = await db.select().from(emailDeliveries).where(eq(emailDeliveries.template, "webhook-disabled")).all();
    expect(emails.filter((e) => e.params.endpointId === endpoint.id).map((e) => [e.recipient, e.lang, e.status])).toEqual([[ADMIN, "en", "sent"]]);
    expect((await listEvidence(db)).filter((e) => e.kind === "webhook.endpoint_disabled" && e.ref === endpoint.id).map((e) => e.actor)).toEqual(["system"]);

    // Off: new events are not owed to it, nothing is sent.
    await emitPublished();
    await sendDue(endpoint.id);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1);

    // On again: the run is forgotten.
    await control("script", { name: "down", steps: [] });
    orThrow(await api.setEnabled({ ...(await session()), id: endpoint.id, enabled: true }));
    expect(await endpointRow(endpoint.id)).toMatchObject({ status: "active", disabledReason: null, consecutiveFailures: 0, failingSince: null });
    await emitPublished();
    await sendDue(endpoint.id);
    expect((await deliveriesOf(endpoint.id)).map((d) => d.status).sort()).toEqual(["delivered", "failed"]);
  });

  it("sends change.effective when a published notice takes effect through its clock", async () => {
    const endpoint = await endpointAt("lifecycle", [], ["notice.published", "objection.window_closed", "change.effective"]);
    const notices = new NoticesApi(env);
    const { noticeId } = orThrow(await notices.draft({ ...(await session()), reason: "Webhook lifecycle.", changeKind: "add", subprocessorId: "sp_hooks_co", proposed: { name: "Hooks Co", legalEntity: "Hooks Co SAS", purpose: "Testing webhooks", location: "France", dataCategories: ["Service metrics"], transferMechanism: "Processing within the EEA", website: "https://hooks.example" } }));
    orThrow(await notices.publish({ ...(await session()), noticeId }));
    await advanceClock(await createContext(env), 16);
    await advanceClock(await createContext(env), 15);
    await sendDue(endpoint.id);
    const got = await received("lifecycle");
    const bodies = got.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> });
    expect(got.every((r) => r.verified)).toBe(true);
    expect(bodies.map((b) => b.type)).toEqual(["notice.published", "objection.window_closed", "change.effective"]);
    expect(bodies[2]!.data).toMatchObject({ noticeId, subprocessorId: "sp_hooks_co", subprocessorName: "Hooks Co", status: "effective" });
    expect(bodies[2]!.data.version).toEqual(expect.any(Number));
    expect(bodies[2]!.data.versionUrl).toBe(`http://localhost:8787/subprocessors/versions/${String(bodies[2]!.data.version)}.json`);
  });
});

describe("a notice clock killed between its commit and the emission", () => {
  // The transition's batch owes the event; the object dies before it wakes the sender (or, at
  // d1_written, before it owes the emails). Recovery finishes the transition and the event goes
  // out once, under one webhook-id.
  it.each(["d1_written", "emails_owed"] as const)("at %s: the recovered publication's event is delivered once", async (at) => {
    const name = `crash-${at.replace("_", "-")}`;
    const endpoint = await endpointAt(name, [], ["notice.published"]);
    const notices = new NoticesApi(env);
    const proposed = { name: `Crash Hooks ${at}`, legalEntity: "Crash Hooks SAS", purpose: "Testing webhooks", location: "France", dataCategories: ["Service metrics"], transferMechanism: "Processing within the EEA", website: "https://crash-hooks.example" };
    const { noticeId } = orThrow(await notices.draft({ ...(await session()), reason: "Webhook crash.", changeKind: "add", subprocessorId: `sp_crash_${at}`, proposed }));
    orThrow(await noticeClock(env, noticeId).crashAt({ at }));
    const killed = await notices.publish({ ...(await session()), noticeId }).then(
      (answer) => answer,
      (error: unknown) => ({ ok: false, thrown: String(error) }),
    );
    expect(killed, "the crash point stopped the publication").toMatchObject({ ok: false });
    expect((await deliveriesOf(endpoint.id)).map((d) => d.status), "owed in the transition's batch").toEqual(["pending"]);

    // The object's alarm recovers the transition, wakes the sender, and does it only once.
    await runArmedAlarm(noticeClock(env, noticeId));
    expect(orThrow(await noticeClock(env, noticeId).state()).state?.status).toBe("published");
    // Woken, its alarm is armed (due work) or has already run for real in workerd (delivered).
    const woken = async () => {
      for (let i = 0; i < 60; i++) {
        if ((await deliveriesOf(endpoint.id))[0]?.status === "delivered" || (await webhookSender(env, endpoint.id).due()).length > 0) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    };
    expect(await woken(), "the sender was woken").toBe(true);
    await sendDue(endpoint.id);
    await noticeClock(env, noticeId).state();
    await sendDue(endpoint.id);

    const rows = await deliveriesOf(endpoint.id);
    expect(rows.map((d) => d.status)).toEqual(["delivered"]);
    const got = await received(name);
    expect(got.map((r) => ({ webhookId: r.webhookId, verified: r.verified }))).toEqual([{ webhookId: rows[0]!.id, verified: true }]);
    expect(JSON.parse(got[0]!.body)).toMatchObject({ type: "notice.published", data: { noticeId, status: "published", subprocessorName: proposed.name, withdrawalReason: null } });
  });
});

describe("the cron", () => {
  it("wakes the sender of an endpoint whose delivery is overdue, as when its wake-up was lost", async () => {
    const endpoint = await endpointAt("lost-wake");
    const now = (await createContext(env)).clock.now();
    // Owed in D1 without waking the sender, as if the call to it had failed.
    await db.batch([oweWebhookEvent(db, { id: `notice.published:lost-${now}`, type: "notice.published", noticeId: `ntc_lost_${now}`, body: JSON.stringify({ type: "notice.published", timestamp: new Date(now).toISOString(), data: {} }) }, now)]);
    expect(await webhookSender(env, endpoint.id).due()).toEqual([]);
    expect(await wakeWebhookSenders(await createContext(env))).toBeGreaterThanOrEqual(1);
    await sendDue(endpoint.id);
    expect((await deliveriesOf(endpoint.id)).map((d) => d.status)).toContain("delivered");
    expect((await received("lost-wake")).map((r) => r.verified)).toContain(true);
  });
});

/** Whether a receiver holding `secret` accepts the message, checked with the Standard Webhooks library. */
function verifiesWith(secret: string, message: ReceivedWebhook): boolean {
  try {
    new Webhook(secret).verify(message.body, { "webhook-id": message.webhookId, "webhook-timestamp": message.timestamp, "webhook-signature": message.signature });
    return true;
  } catch {
    return false;
  }
}

describe("changing an endpoint", () => {
  it("keeps the previous secret signing beside the new one for 24 hours after a rotation, then only the new one", async () => {
    const endpoint = await endpointAt("rotate-overlap", [], ["notice.published"]);
    const rotatedAt = (await createContext(env)).clock.now();
    const rotated = orThrow(await api.rotateSecret({ ...(await session()), id: endpoint.id }));
    expect(rotated.previousSecretUntil).toBeGreaterThanOrEqual(rotatedAt + 24 * 3_600_000);
    expect(rotated.previousSecretUntil).toBeLessThan(rotatedAt + 24 * 3_600_000 + 60_000);
    const listed = async () => orThrow(await api.list(await session())).endpoints.find((e) => e.id === endpoint.id)!;
    expect((await listed()).previousSecretUntil).toBe(rotated.previousSecretUntil);
    // The stand-in holds the new secret; the test is a second receiver, still holding the old one.
    await control("secret", { name: "rotate-overlap", secret: rotated.secret });

    await emitPublished();
    await sendDue(endpoint.id);
    const [during] = await received("rotate-overlap");
    expect(during!.signature.split(" ").map((part) => part.slice(0, 3))).toEqual(["v1,", "v1,"]);
    expect({ old: verifiesWith(endpoint.secret, during!), new: verifiesWith(rotated.secret, during!), standin: during!.verified }).toEqual({ old: true, new: true, standin: true });

    await advanceDevClock(db, rotated.previousSecretUntil! - (await createContext(env)).clock.now() + 1);
    await emitPublished();
    await sendDue(endpoint.id);
    const [, after] = await received("rotate-overlap");
    expect(after!.signature.split(" ")).toHaveLength(1);
    expect({ old: verifiesWith(endpoint.secret, after!), new: verifiesWith(rotated.secret, after!), standin: after!.verified }).toEqual({ old: false, new: true, standin: true });
    expect((await listed()).previousSecretUntil).toBeNull();

    const rotation = (await listEvidence(db)).find((e) => e.ref === endpoint.id && e.kind === "webhook.secret_rotated")!;
    expect(JSON.parse(rotation.payload)).toEqual({ endpointId: endpoint.id, url: endpoint.url, previousSecretValidUntil: rotated.previousSecretUntil });
    expect(rotation.payload).not.toContain("whsec_");
  });

  it("keeps every secret of the day signing after two rotations, since the receiver may hold either, and drops each once its day is over", async () => {
    const endpoint = await endpointAt("rotate-twice", [], ["notice.published"]);
    const first = orThrow(await api.rotateSecret({ ...(await session()), id: endpoint.id }));
    // The form posted again (a reload), or the first new secret was never copied.
    await advanceDevClock(db, 60_000);
    const second = orThrow(await api.rotateSecret({ ...(await session()), id: endpoint.id }));
    await control("secret", { name: "rotate-twice", secret: second.secret });
    const signedBy = (message: ReceivedWebhook) => [endpoint.secret, first.secret, second.secret].map((secret) => verifiesWith(secret, message));

    await emitPublished();
    await sendDue(endpoint.id);
    const [during] = await received("rotate-twice");
    expect(signedBy(during!)).toEqual([true, true, true]);
    const listed = async () => orThrow(await api.list(await session())).endpoints.find((e) => e.id === endpoint.id)!;
    expect((await listed()).previousSecretUntil).toBe(second.previousSecretUntil);

    // Past the first rotation's day, before the second's: the first secret no longer signs.
    await advanceDevClock(db, first.previousSecretUntil! - (await createContext(env)).clock.now() + 1);
    await emitPublished();
    await sendDue(endpoint.id);
    const [, later] = await received("rotate-twice");
    expect(signedBy(later!)).toEqual([false, true, true]);
    // A third rotation keeps nothing whose day is over: only what still signs is stored.
    const third = orThrow(await api.rotateSecret({ ...(await session()), id: endpoint.id }));
    const stored = (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id)).get())!;
    expect(stored.previousSecrets.map((p) => p.secret)).toEqual([first.secret, second.secret]);
    expect(stored.previousSecrets.map((p) => p.until)).toEqual([second.previousSecretUntil, third.previousSecretUntil]);
    // Without another rotation, the cron deletes a secret once its day is over.
    await advanceDevClock(db, second.previousSecretUntil! - (await createContext(env)).clock.now() + 1);
    await forgetExpiredWebhookSecrets(await createContext(env));
    const swept = (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id)).get())!;
    expect(swept.previousSecrets.map((p) => p.secret)).toEqual([second.secret]);
  });

  it("rotates its secret (the new one signs from then on), turns it off and deletes it, each in the evidence log", async () => {
    const endpoint = await endpointAt("rotate");
    const rotated = orThrow(await api.rotateSecret({ ...(await session()), id: endpoint.id }));
    expect(rotated.secret).not.toBe(endpoint.secret);
    await control("secret", { name: "rotate", secret: rotated.secret });
    await emitPublished();
    await sendDue(endpoint.id);
    expect((await received("rotate")).map((r) => r.verified)).toEqual([true]);
    expect(orThrow(await api.setEnabled({ ...(await session()), id: endpoint.id, enabled: false }))).toEqual({ id: endpoint.id, status: "disabled" });
    expect(orThrow(await api.remove({ ...(await session()), id: endpoint.id }))).toEqual({ id: endpoint.id, status: "deleted" });
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
    expect(await api.remove({ ...(await session()), id: endpoint.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    const kinds = (await listEvidence(db)).filter((e) => e.ref === endpoint.id).map((e) => e.kind);
    expect(kinds).toEqual(["webhook.endpoint_registered", "webhook.secret_rotated", "webhook.endpoint_disabled", "webhook.endpoint_deleted"]);
  });
});
