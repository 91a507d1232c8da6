import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { Resend } from "resend";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { enqueueNoticeFanout, enqueueNoticeWithdrawnFanout, holdEmail, readEmailHold, releaseEmailHold } from "@/db/queries/emails";
import { listEvidence } from "@/db/queries/evidence";
import { setClockOffset } from "@/db/queries/settings";
import { QUOTA_PAUSE_MS, REFUSED_RECHECK_MS } from "@/emails/resend-answer";
import { emailDeliveries, noticeContacts, notices, subscribers } from "@/db/schema";
import { createContext } from "../core/context";
import { verifyChain } from "../evidence/chain";
import { newId } from "../ids";
import { insertNotice } from "../test/notice-fixture";
import { standin } from "../test/standin-client";
import { BATCH_SIZE, MAX_ATTEMPTS, deliverPendingEmails, sendEmailNow } from "./deliver-emails";
import { getNotice } from "./get-notice";

// D1 and the stand-in are shared by this file's tests: each test makes its own notice and
// subscribers, and resets the stand-in first.
const db = createDb(env.DB);
const quick = { timeoutMs: 300, retryDelaysMs: [5, 5, 5] };

/**
 * A published notice with exactly `count` confirmed subscribers (earlier tests' subscribers and
 * notice contacts are unsubscribed first) and one unconfirmed address that must get nothing.
 */
async function noticeWithSubscribers(count: number) {
  const now = Date.now();
  // eslint-disable-next-line drizzle/enforce-update-with-where -- every earlier subscriber, on purpose
  await db.update(subscribers).set({ status: "unsubscribed", unsubscribedAt: now });
  // eslint-disable-next-line drizzle/enforce-update-with-where -- every earlier contact, on purpose
  await db.update(noticeContacts).set({ status: "unsubscribed", statusAt: now });
  const noticeId = await insertNotice(db, { at: now });
  const rows = Array.from({ length: count }, (_, i) => ({
    id: newId("sub"),
    email: `r${i}.${noticeId}@customer.test`,
    lang: i % 2 ? ("fr" as const) : ("en" as const),
    status: "confirmed" as const,
    createdAt: now,
    confirmedAt: now,
  }));
  // D1 binds at most 100 values per statement: 15 rows of 6 columns at a time.
  for (let i = 0; i < rows.length; i += 15) await db.insert(subscribers).values(rows.slice(i, i + 15));
  await db.insert(subscribers).values({ id: newId("sub"), email: `pending.${noticeId}@customer.test`, lang: "en", status: "pending", createdAt: now });
  return { noticeId, emails: rows.map((r) => r.email) };
}

async function deliveriesOf(noticeId: string) {
  return (await db.select().from(emailDeliveries).all()).filter((d) => d.noticeId === noticeId);
}

async function deliverUntilDone(noticeId: string, options = quick, maxRuns = 20) {
  const runs = [];
  for (let i = 0; i < maxRuns; i++) {
    const report = await deliverPendingEmails(await createContext(env), { noticeId }, options);
    runs.push(report);
    if (report.pending === 0) break;
  }
  return runs;
}

/** Whatever hold a test left, ended. */
async function endAnyHold() {
  const held = await readEmailHold(db);
  if (held) await releaseEmailHold(db, held);
}

describe("the hold on all sending", () => {
  it("is ended only as it was read: a hold another batch recorded meanwhile stays", async () => {
    const lapsed = { reason: "rate_limit" as const, error: "429 rate_limit_exceeded", since: 1_000, until: 2_000 };
    await holdEmail(db, lapsed);
    // Another batch under way is refused again and records a new hold, keeping when it began.
    const renewed = { ...lapsed, until: 9_000 };
    await holdEmail(db, renewed);
    await releaseEmailHold(db, lapsed);
    expect(await readEmailHold(db)).toEqual(renewed);
    await releaseEmailHold(db, renewed);
    expect(await readEmailHold(db)).toBeNull();
  });
});

describe("notice fan-out through the real resend client", () => {
  // A hold or a moved clock would stop the next test's sending.
  afterEach(async () => {
    await endAnyHold();
    await setClockOffset(db, 0);
  });

  it("reaches every subscriber exactly once through 429, 500 and a timeout", async () => {
    await standin.reset();
    const { noticeId, emails } = await noticeWithSubscribers(250);
    const owed = await enqueueNoticeFanout(db, noticeId, Date.now());
    expect(await enqueueNoticeFanout(db, noticeId, Date.now())).toBe(0); // owing twice adds nobody
    await standin.script([{ status: 429 }, { status: 500 }, { hangMs: 1000 }]);

    const runs = await deliverUntilDone(noticeId);
    expect(runs.at(-1)?.pending).toBe(0);

    const { mailbox, apiCalls } = await standin.state();
    const perRecipient = new Map<string, number>();
    for (const message of mailbox) for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(owed).toBe(250);
    expect(mailbox).toHaveLength(owed);
    for (const email of emails) expect(perRecipient.get(email)).toBe(1);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    // ceil(owed / 100) accepted batches, plus the 429, the 500 and the timed-out call.
    expect(apiCalls).toBe(Math.ceil(owed / BATCH_SIZE) + 3);

    const rows = await deliveriesOf(noticeId);
    expect(rows.every((r) => r.status === "sent" && r.providerId)).toBe(true);
    const byProviderId = new Map(mailbox.map((m) => [m.id, m.to[0]]));
    for (const row of rows) expect(byProviderId.get(row.providerId!)).toBe(row.recipient);

    const log = await listEvidence(db);
    const failures = log.filter((e) => e.kind === "email.attempt_failed" && e.ref === noticeId);
    expect(failures.map((e) => JSON.parse(e.payload).error)).toEqual([
      expect.stringContaining("429"),
      expect.stringContaining("500"),
      expect.stringContaining("no response"),
    ]);
    expect(log.filter((e) => e.kind === "email.sent" && e.ref === noticeId)).toHaveLength(owed);
    expect(await verifyChain(log)).toMatchObject({ valid: true });

    // Nothing is left to send, and asking again calls nobody.
    expect(await deliverPendingEmails(await createContext(env), { noticeId }, quick)).toEqual({ sent: 0, pending: 0, retryAfterMs: null });
    expect((await standin.state()).apiCalls).toBe(apiCalls);
  });

  it("sends no duplicate when a worker gives up mid-call and a restarted one sends again", async () => {
    await standin.reset();
    const { noticeId } = await noticeWithSubscribers(30);
    const owed = await enqueueNoticeFanout(db, noticeId, Date.now());
    await standin.script([{ hangMs: 1000 }]);
    // The provider accepts the batch but answers after we stopped waiting; no quick retry.
    const first = await deliverPendingEmails(await createContext(env), { noticeId }, { timeoutMs: 300, retryDelaysMs: [] });
    expect(first.sent).toBe(0);
    expect(first.retryAfterMs).toBeGreaterThan(0);
    expect((await standin.state()).mailbox.length).toBeGreaterThan(0);
    // A fresh context, as after a restart: the same batch goes out under the same key, rendered
    // byte for byte as before, so the provider answers from its record with the first ids.
    await deliverUntilDone(noticeId);
    const { mailbox } = await standin.state();
    expect(mailbox).toHaveLength(owed);
    expect(new Set(mailbox.map((m) => m.to[0])).size).toBe(owed);
    const rows = await deliveriesOf(noticeId);
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    const byProviderId = new Map(mailbox.map((m) => [m.id, m.to[0]]));
    for (const row of rows) expect(byProviderId.get(row.providerId!)).toBe(row.recipient);
    const sent = (await listEvidence(db)).filter((e) => e.kind === "email.sent" && e.ref === noticeId).map((e) => JSON.parse(e.payload));
    expect(sent).toHaveLength(owed);
    expect(sent.every((p) => p.acceptedEarlierUnder === undefined && byProviderId.has(p.providerId))).toBe(true);
  });

  it("takes a refused resend of a re-signed confirmation as sent, since its key proves the first call arrived", async () => {
    await standin.reset();
    const subscriberId = newId("sub");
    const recipient = `slow.${subscriberId}@customer.test`;
    await db.insert(subscribers).values({ id: subscriberId, email: recipient, lang: "en", status: "pending", createdAt: Date.now() });
    await standin.script([{ hangMs: 1000 }]);
    const owed = { idempotencyKey: `confirm:${subscriberId}`, template: "subscribe-confirm", params: { subscriberId }, recipient, lang: "en" as const, noticeId: null };
    const first = await sendEmailNow(await createContext(env), owed, { timeoutMs: 300, retryDelaysMs: [] });
    expect(first.sent).toBe(0);
    // The confirmation link is signed afresh, so the resend differs under the same key: 409.
    const again = await sendEmailNow(await createContext(env), owed, quick);
    expect(again.sent).toBe(1);
    const { mailbox } = await standin.state();
    expect(mailbox.map((m) => m.to[0])).toEqual([recipient]);
    const row = (await db.select().from(emailDeliveries).all()).find((d) => d.idempotencyKey === owed.idempotencyKey)!;
    expect(row).toMatchObject({ status: "sent", providerId: null });
    const sent = (await listEvidence(db)).filter((e) => e.kind === "email.sent" && JSON.parse(e.payload).delivery === row.id).map((e) => JSON.parse(e.payload));
    expect(sent).toEqual([expect.objectContaining({ providerId: null, acceptedEarlierUnder: expect.stringMatching(/^batch:/) })]);
  });

  it("gives up after the last attempt, with growing waits and evidence of the failure", async () => {
    await standin.reset();
    const { noticeId } = await noticeWithSubscribers(2);
    const owed = await enqueueNoticeFanout(db, noticeId, Date.now());
    await standin.script(Array.from({ length: 40 }, () => ({ status: 500 as const })));
    const runs = await deliverUntilDone(noticeId, { timeoutMs: 300, retryDelaysMs: [] }, MAX_ATTEMPTS + 2);
    const waits = runs.map((r) => r.retryAfterMs).filter((w): w is number => w !== null);
    expect(waits.length).toBeGreaterThan(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    const rows = await deliveriesOf(noticeId);
    expect(rows.every((r) => r.status === "failed" && r.attempts === MAX_ATTEMPTS)).toBe(true);
    expect((await listEvidence(db)).filter((e) => e.kind === "email.failed" && e.ref === noticeId)).toHaveLength(owed);
    expect((await standin.state()).mailbox).toHaveLength(0);
  });

  it("marks an email that can never be rendered as failed and still sends the others", async () => {
    await standin.reset();
    const { noticeId } = await noticeWithSubscribers(3);
    const owed = await enqueueNoticeFanout(db, noticeId, Date.now());
    const broken = { id: newId("eml"), idempotencyKey: `broken:${noticeId}`, template: "notice-published", params: { noticeId: "ntc_missing", subscriberId: "sub_x" }, noticeId, recipient: "broken@customer.test", lang: "en" as const, status: "pending" as const, attempts: 0, createdAt: Date.now() };
    await db.insert(emailDeliveries).values(broken);
    await deliverUntilDone(noticeId);
    const rows = await deliveriesOf(noticeId);
    expect(rows.find((r) => r.id === broken.id)?.status).toBe("failed");
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(owed);
  });

  it("cancels a notice still unsent when it is withdrawn, and sends the withdrawal instead", async () => {
    await standin.reset();
    const { noticeId, emails } = await noticeWithSubscribers(3);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await db.update(notices).set({ status: "withdrawn", withdrawnAt: Date.now() }).where(eq(notices.id, noticeId));
    expect(await enqueueNoticeWithdrawnFanout(db, noticeId, Date.now())).toBe(3);
    await deliverUntilDone(noticeId);

    const { mailbox } = await standin.state();
    expect(mailbox.map((m) => m.to[0]).sort()).toEqual([...emails].sort());
    expect(mailbox.every((m) => /withdrawn|retiré/i.test(m.subject))).toBe(true);
    const rows = await deliveriesOf(noticeId);
    expect(rows.filter((r) => r.template === "notice-published").every((r) => r.status === "failed" && r.lastError?.includes("withdrawn"))).toBe(true);
    expect(rows.filter((r) => r.template === "notice-withdrawn").every((r) => r.status === "sent")).toBe(true);
    expect((await listEvidence(db)).filter((e) => e.kind === "email.cancelled" && e.ref === noticeId)).toHaveLength(3);
  });

  it("marks notices as list messages with one-click unsubscribe, and confirmations not", async () => {
    await standin.reset();
    const { noticeId } = await noticeWithSubscribers(1);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await deliverUntilDone(noticeId);
    const subscriberId = newId("sub");
    await db.insert(subscribers).values({ id: subscriberId, email: `confirm.${subscriberId}@customer.test`, lang: "fr", status: "pending", createdAt: Date.now() });
    await sendEmailNow(await createContext(env), { idempotencyKey: `confirm:${subscriberId}`, template: "subscribe-confirm", params: { subscriberId }, recipient: `confirm.${subscriberId}@customer.test`, lang: "fr", noticeId: null }, quick);

    const { mailbox } = await standin.state();
    const notice = mailbox.find((m) => m.subject.includes("Acme Mail"))!;
    expect(notice.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:8787\/subprocessors\/unsubscribe\?token=[^>]+>$/);
    expect(notice.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(notice.text).toContain("/object?token=");
    const confirmation = mailbox.find((m) => m.to[0]!.startsWith("confirm."))!;
    expect(confirmation.subject).toMatch(/^Confirmez/);
    expect(confirmation.headers["List-Unsubscribe"]).toBeUndefined();
    expect(confirmation.text).toContain("/subprocessors/confirm?token=");
  });

  it("waits as long as a short retry-after says before calling again, then sends", async () => {
    await standin.reset();
    const { noticeId } = await noticeWithSubscribers(3);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await standin.script([{ status: 429, retryAfterSeconds: 1 }]);
    const report = await deliverPendingEmails(await createContext(env), { noticeId }, quick);
    expect(report).toMatchObject({ sent: 3, pending: 0 });
    const { calls } = await standin.state();
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it("holds all sending back for a long retry-after, without using up attempts", async () => {
    await standin.reset();
    const { noticeId } = await noticeWithSubscribers(3);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await standin.script([{ status: 429, retryAfterSeconds: 120 }]);
    const first = await deliverPendingEmails(await createContext(env), { noticeId }, quick);
    expect(first.pending).toBe(3);
    expect(first.retryAfterMs).toBeGreaterThan(119_000);
    expect(first.retryAfterMs).toBeLessThanOrEqual(120_000);
    // Neither this notice again nor a sign-in link calls the provider before then.
    await deliverPendingEmails(await createContext(env), { noticeId }, quick);
    const subscriberId = newId("sub");
    await db.insert(subscribers).values({ id: subscriberId, email: `held.${subscriberId}@customer.test`, lang: "en", status: "pending", createdAt: Date.now() });
    const link = await sendEmailNow(await createContext(env), { idempotencyKey: `confirm:${subscriberId}`, template: "subscribe-confirm", params: { subscriberId }, recipient: `held.${subscriberId}@customer.test`, lang: "en", noticeId: null }, quick);
    expect(link).toMatchObject({ sent: 0, pending: 1 });
    expect((await standin.state()).apiCalls).toBe(1);
    expect((await deliveriesOf(noticeId)).every((r) => r.status === "pending" && r.attempts === 0)).toBe(true);

    await setClockOffset(db, 121_000);
    expect(await deliverPendingEmails(await createContext(env), { noticeId }, quick)).toMatchObject({ sent: 3, pending: 0 });
  });

  for (const quota of ["daily", "monthly"] as const) {
    it(`stops all sending for 45 minutes on ${quota}_quota_exceeded, and then sends`, async () => {
      await standin.reset();
      const { noticeId } = await noticeWithSubscribers(3);
      const other = await insertNotice(db, { at: Date.now() });
      await enqueueNoticeFanout(db, noticeId, Date.now());
      await enqueueNoticeFanout(db, other, Date.now());
      await standin.script([{ quota }]);
      const first = await deliverPendingEmails(await createContext(env), { noticeId }, quick);
      expect(first).toMatchObject({ sent: 0, pending: 3 });
      expect(first.retryAfterMs).toBeGreaterThan(QUOTA_PAUSE_MS - 5_000);
      expect(first.retryAfterMs).toBeLessThanOrEqual(QUOTA_PAUSE_MS);
      const rows = await deliveriesOf(noticeId);
      expect(rows.every((r) => r.status === "pending" && r.attempts === 0 && r.lastError?.includes(`429 ${quota}_quota_exceeded`))).toBe(true);

      // 44 minutes on, neither this notice nor another one calls the provider.
      await setClockOffset(db, QUOTA_PAUSE_MS - 60_000);
      expect((await deliverPendingEmails(await createContext(env), { noticeId: other }, quick)).retryAfterMs).toBeLessThanOrEqual(60_000);
      expect((await deliverPendingEmails(await createContext(env), { noticeId }, quick)).sent).toBe(0);
      expect((await standin.state()).apiCalls).toBe(1);

      await setClockOffset(db, QUOTA_PAUSE_MS);
      expect(await deliverPendingEmails(await createContext(env), { noticeId }, quick)).toMatchObject({ sent: 3, pending: 0 });
      expect((await standin.state()).apiCalls).toBe(2);
    });
  }

  it("stops the fan-out on a refused API key, tells the admin, and resumes once the key is fixed", async () => {
    await standin.reset();
    const { noticeId } = await noticeWithSubscribers(250);
    const owed = await enqueueNoticeFanout(db, noticeId, Date.now());
    const revoked = { ...env, RESEND_API_KEY: "re_revoked" };
    const first = await deliverPendingEmails(await createContext(revoked), { noticeId }, quick);
    expect(first).toMatchObject({ sent: 0, pending: owed });
    expect(first.retryAfterMs).toBeGreaterThan(REFUSED_RECHECK_MS - 5_000);
    expect(first.retryAfterMs).toBeLessThanOrEqual(REFUSED_RECHECK_MS);
    // One call, not one per batch, and no message given up: the key is wrong, not the messages.
    expect((await standin.state()).apiCalls).toBe(1);
    const rows = await deliveriesOf(noticeId);
    expect(rows.every((r) => r.status === "pending" && r.attempts === 0)).toBe(true);
    expect(rows.filter((r) => r.lastError?.startsWith("403 invalid_api_key"))).toHaveLength(BATCH_SIZE);

    const shown = await getNotice(await createContext(env), noticeId);
    expect(shown.emailHold).toMatchObject({ reason: "refused", error: expect.stringContaining("403 invalid_api_key") });
    expect(shown.deliveryCounts).toEqual({ sent: 0, pending: owed, failed: 0 });

    // Still the revoked key a quarter of an hour later: one call finds it out, and the hold keeps its start.
    await setClockOffset(db, REFUSED_RECHECK_MS);
    expect((await deliverPendingEmails(await createContext(revoked), { noticeId }, quick)).sent).toBe(0);
    expect((await standin.state()).apiCalls).toBe(2);
    const again = (await getNotice(await createContext(env), noticeId)).emailHold;
    expect(again?.since).toBe(shown.emailHold?.since);

    await setClockOffset(db, 2 * REFUSED_RECHECK_MS);
    const fixed = await deliverUntilDone(noticeId);
    expect(fixed.at(-1)?.pending).toBe(0);
    expect((await standin.state()).mailbox).toHaveLength(owed);
    expect((await getNotice(await createContext(env), noticeId)).emailHold).toBeNull();
  });
});

describe("notice fan-out at the provider's rate limit (the stand-in enforcing 5 requests a second, as Resend's default)", () => {
  afterEach(endAnyHold);

  /** Every recipient once, and how many calls the stand-in's limit refused. */
  async function sentOnce(emails: string[]) {
    const { mailbox, calls, rateLimited } = await standin.state();
    const perRecipient = new Map<string, number>();
    for (const message of mailbox) for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(mailbox).toHaveLength(emails.length);
    for (const email of emails) expect(perRecipient.get(email)).toBe(1);
    return { calls, rateLimited };
  }

  /** The most calls that arrived within any one second. */
  function busiestSecond(calls: { at: number }[]) {
    const starts = calls.map((c) => c.at).sort((a, b) => a - b);
    return Math.max(...starts.map((at, i) => starts.slice(i).filter((t) => t < at + 1000).length));
  }

  it("sends 1,000 messages in 10 calls without one 429, never more than 5 in a second", async () => {
    await standin.reset();
    const { noticeId, emails } = await noticeWithSubscribers(1000);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    expect(await deliverPendingEmails(await createContext(env), { noticeId }, quick)).toMatchObject({ sent: 1000, pending: 0 });
    const { calls, rateLimited } = await sentOnce(emails);
    expect(rateLimited).toBe(0);
    expect(calls.map((c) => c.status)).toEqual(Array(10).fill(200));
    expect(busiestSecond(calls)).toBeLessThanOrEqual(5);
  });

  it("keeps to a lower limit the provider reports than the one configured (an older account's 2 a second)", async () => {
    await standin.reset();
    await standin.rateLimit(2);
    const { noticeId, emails } = await noticeWithSubscribers(500);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    expect(await deliverPendingEmails(await createContext(env), { noticeId }, quick)).toMatchObject({ sent: 500, pending: 0 });
    const { calls, rateLimited } = await sentOnce(emails);
    expect(rateLimited).toBe(0);
    expect(busiestSecond(calls)).toBeLessThanOrEqual(2);
  });

  /** Another sender of the same team (another worker, a sign-in link) uses `count` of this second's calls. */
  async function otherSenderCalls(count: number) {
    const other = new Resend(env.RESEND_API_KEY, { baseUrl: env.RESEND_BASE_URL });
    for (let i = 0; i < count; i++) expect((await other.batch.send([{ from: "Roomtrust <notices@roomtrust.test>", to: [`other${i}@customer.test`], subject: "Other", text: "Other" }])).error).toBeNull();
  }

  it("waits for the window to reset when another sender has used the calls left, without a 429", async () => {
    await standin.reset();
    const { noticeId, emails } = await noticeWithSubscribers(300);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await otherSenderCalls(4);
    expect(await deliverPendingEmails(await createContext(env), { noticeId }, quick)).toMatchObject({ sent: 300, pending: 0 });
    const { calls, rateLimited } = await standin.state();
    expect(rateLimited).toBe(0);
    expect(calls.map((c) => c.status)).toEqual(Array(7).fill(200));
    expect(busiestSecond(calls)).toBeLessThanOrEqual(5);
    const { mailbox } = await standin.state();
    for (const email of emails) expect(mailbox.filter((m) => m.to.includes(email))).toHaveLength(1);
  });

  it("keeps the provider's pace when each answer takes longer than a slot: calls do not wait for the one before", async () => {
    await standin.reset();
    const { noticeId, emails } = await noticeWithSubscribers(1000);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    // 400 ms an answer: one call after another would be at least 4 s for 10 calls; at 5 a second, about 2.3 s.
    await standin.script([], 400);
    expect(await deliverPendingEmails(await createContext(env), { noticeId }, { ...quick, timeoutMs: 5_000 })).toMatchObject({ sent: 1000, pending: 0 });
    const { calls, rateLimited } = await sentOnce(emails);
    expect(rateLimited).toBe(0);
    expect(busiestSecond(calls)).toBeLessThanOrEqual(5);
    const starts = calls.map((c) => c.at).sort((a, b) => a - b);
    expect(starts.at(-1)! - starts[0]!).toBeLessThan(9 * 400);
  });

  it("sends a message owed during the run with an id below the batches already taken, before saying it is done", async () => {
    await standin.reset();
    const { noticeId, emails } = await noticeWithSubscribers(300);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await standin.script([], 100);
    const run = deliverPendingEmails(await createContext(env), { noticeId }, quick);
    // While the first batches are on their way: an id that sorts before every other one.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const late = `late.${noticeId}@customer.test`;
    const subscriberId = newId("sub");
    await db.insert(subscribers).values({ id: subscriberId, email: late, lang: "en", status: "confirmed", createdAt: Date.now(), confirmedAt: Date.now() });
    await db.insert(emailDeliveries).values({
      id: "eml_0",
      idempotencyKey: `notice:${noticeId}:late`,
      template: "notice-published",
      params: { noticeId, subscriberId },
      recipient: late,
      lang: "en",
      noticeId,
      status: "pending",
      attempts: 0,
      createdAt: Date.now(),
    });
    expect(await run).toMatchObject({ sent: 301, pending: 0 });
    await sentOnce([...emails, late]);
    await db.delete(emailDeliveries).where(eq(emailDeliveries.id, "eml_0"));
  });

  it("honours the retry-after of a 429 it could not foresee, and still sends each message once", async () => {
    await standin.reset();
    const { noticeId, emails } = await noticeWithSubscribers(200);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await otherSenderCalls(5);
    expect(await deliverPendingEmails(await createContext(env), { noticeId }, quick)).toMatchObject({ sent: 200, pending: 0 });
    const { calls, rateLimited } = await standin.state();
    expect(rateLimited).toBe(1);
    const refused = calls.findIndex((c) => c.status === 429);
    expect(calls[refused + 1]!.at - calls[refused]!.at).toBeGreaterThanOrEqual(1000);
    const { mailbox } = await standin.state();
    for (const email of emails) expect(mailbox.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});
