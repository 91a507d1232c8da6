import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { enqueueEmail, type OwedEmail } from "@/db/queries/emails";
import { listEvidence } from "@/db/queries/evidence";
import { emailDeliveries, subscribers } from "@/db/schema";
import { createContext, type CoreContext } from "../core/context";
import Core from "../core/index";
import { newId } from "../ids";
import { standin } from "../test/standin-client";
import { sendEmailNow } from "./deliver-emails";
import { retryStrandedEmails, STRANDED_AFTER_MS, USEFUL_FOR_MS } from "./retry-stranded-emails";

// This file's tests share D1 and the stand-in: each resets the stand-in and makes its own rows.
const db = createDb(env.DB);

/** A context whose clock reads `aheadMs` later than now, as the cron would see it that much later. */
async function contextAhead(aheadMs: number): Promise<CoreContext> {
  const ctx = await createContext(env);
  return { ...ctx, clock: { ...ctx.clock, now: () => ctx.clock.now() + aheadMs } };
}

async function confirmation(): Promise<OwedEmail> {
  const subscriberId = newId("sub");
  const email = `stranded.${subscriberId}@customer.test`;
  await db.insert(subscribers).values({ id: subscriberId, email, lang: "fr", status: "pending", createdAt: Date.now() });
  return { idempotencyKey: `confirm:${subscriberId}`, template: "subscribe-confirm", params: { subscriberId }, recipient: email, lang: "fr", noticeId: null };
}

async function rowFor(key: string) {
  return db.select().from(emailDeliveries).where(eq(emailDeliveries.idempotencyKey, key)).get();
}

describe("sign-in links and confirmations left pending by a provider outage", () => {
  it("are sent by the next cron run once the request has had its chance, exactly once", async () => {
    await standin.reset();
    const owed = await confirmation();
    await standin.script([{ status: 500 }, { status: 500 }]);
    const inRequest = await sendEmailNow(await createContext(env), owed, { timeoutMs: 300, retryDelaysMs: [5] });
    expect(inRequest.sent).toBe(0);
    expect((await rowFor(owed.idempotencyKey))?.status).toBe("pending");

    // Within the first minute the request may still be sending it: the cron leaves it alone.
    expect(await retryStrandedEmails(await createContext(env))).toMatchObject({ sent: 0 });
    expect((await standin.state()).mailbox).toHaveLength(0);

    const later = await retryStrandedEmails(await contextAhead(STRANDED_AFTER_MS + 5_000));
    expect(later.sent).toBe(1);
    const { mailbox } = await standin.state();
    expect(mailbox.map((m) => m.to[0])).toEqual([owed.recipient]);
    expect(mailbox[0]!.subject).toMatch(/^Confirmez/);
    expect((await rowFor(owed.idempotencyKey))?.status).toBe("sent");

    // A second run finds nothing owed and calls nobody.
    const calls = (await standin.state()).apiCalls;
    expect(await retryStrandedEmails(await contextAhead(STRANDED_AFTER_MS + 10_000))).toMatchObject({ sent: 0, pending: 0 });
    expect((await standin.state()).apiCalls).toBe(calls);
  });

  it("closes as failed, with evidence, a message too old to help, and sends it to nobody", async () => {
    await standin.reset();
    const owed = await confirmation();
    await enqueueEmail(db, owed, Date.now() - USEFUL_FOR_MS - 60_000);

    await retryStrandedEmails(await createContext(env));
    expect((await standin.state()).mailbox).toHaveLength(0);
    const row = await rowFor(owed.idempotencyKey);
    expect(row).toMatchObject({ status: "failed", lastError: expect.stringContaining("60 minutes") });
    const evidence = (await listEvidence(db)).filter((e) => e.kind === "email.failed" && JSON.parse(e.payload).delivery === row!.id);
    expect(evidence).toHaveLength(1);
  });

  it("forgets, from the cron, rate-limit counters whose window is over, and keeps current ones", async () => {
    const now = (await createContext(env)).clock.now();
    await env.DB.prepare("insert into rate_limits (bucket, window_start, count) values ('subscribe:address:old@customer.test', ?, 3), ('subscribe:address:new@customer.test', ?, 1)")
      .bind(now - 2 * 3600_000, now - (now % 3600_000))
      .run();
    const execution = createExecutionContext();
    await new Core(execution, env).scheduled(createScheduledController({ cron: "*/5 * * * *" }));
    await waitOnExecutionContext(execution);
    const { results } = await env.DB.prepare("select bucket from rate_limits where bucket like 'subscribe:address:%@customer.test'").all<{ bucket: string }>();
    expect(results.map((r) => r.bucket)).toEqual(["subscribe:address:new@customer.test"]);
  });

  it("runs from the core worker's cron trigger", async () => {
    await standin.reset();
    const owed = await confirmation();
    await enqueueEmail(db, owed, Date.now() - STRANDED_AFTER_MS - 5_000);
    const execution = createExecutionContext();
    await new Core(execution, env).scheduled(createScheduledController({ cron: "*/5 * * * *" }));
    await waitOnExecutionContext(execution);
    expect((await standin.state()).mailbox.map((m) => m.to[0])).toEqual([owed.recipient]);
    expect((await rowFor(owed.idempotencyKey))?.status).toBe("sent");
  });
});
