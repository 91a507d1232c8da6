import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { listEvidence } from "@/db/queries/evidence";
import { advanceDevClock } from "../test/dev-clock";
import { runArmedAlarm } from "../test/run-alarm";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { createContext } from "../core/context";
import { NoticesApi } from "../core/notices";
import { DAY_MS } from "../domain/notice";
import { orThrow } from "../errors";
import { verifyChain } from "../evidence/chain";
import { standin } from "../test/standin-client";
import { crashPoints, type CrashPoint } from "../use-cases/notice-clock-store";
import { noticeClock } from "./notice-clock";

// Issue 9, point 8: the notice clock stops dead (ctx.abort, as a killed process) at each step
// boundary of each transition, and the next call or alarm completes the transition exactly once:
// one evidence entry, each email owed and sent once, the object and D1 in the same state.
const ADMIN = "recovery-admin@vendor.test";
const SUBSCRIBER = "dpo@recovery.test";
const OBJECTOR = "objector@recovery.test";
const db = createDb(env.DB);
let sequence = 0;

const datadog = {
  name: "Datadog",
  legalEntity: "Datadog, Inc.",
  purpose: "Infrastructure monitoring",
  location: "European Union (Germany)",
  dataCategories: ["Service metrics"],
  transferMechanism: "Processing within the EEA",
  website: "https://www.datadoghq.com",
};
const grounds = "We do not allow monitoring vendors to receive any attendee identifiers from our tenant, please confirm.";

async function adminSession() {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

const api = new NoticesApi(env);
const clock = (noticeId: string) => noticeClock(env, noticeId);

const advance = (ms: number) => advanceDevClock(db, ms);

/**
 * Runs the object's alarm until nothing that is due now is left (the deliveries it schedules).
 * runArmedAlarm waits out a real alarm workerd may be running meanwhile (see test/run-alarm.ts).
 */
async function drain(noticeId: string) {
  for (let i = 0; i < 10; i++) {
    const { due } = orThrow(await clock(noticeId).state());
    const now = (await createContext(env)).clock.now();
    if (!due.some((work) => work.dueAt <= now)) return;
    // Nothing armed although work is due: the test's own checks then say what was left undone.
    if (!(await runArmedAlarm(clock(noticeId)))) return;
  }
}

async function draftNotice(): Promise<string> {
  const subprocessorId = `sp_recovery_${++sequence}`;
  // A name of its own: names that look alike are refused.
  const proposed = { ...datadog, name: `Recovery Monitor ${sequence}` };
  const result = await api.draft({ ...(await adminSession()), reason: "Better monitoring of room displays.", changeKind: "add", subprocessorId, proposed });
  return orThrow(result).noticeId;
}

/** Published, with the change taking effect the least time later unless told how many days. */
async function published(effectiveInDays?: number): Promise<string> {
  const noticeId = await draftNotice();
  const effectiveAt = effectiveInDays === undefined ? undefined : (await createContext(env)).clock.now() + effectiveInDays * DAY_MS;
  orThrow(await api.publish({ ...(await adminSession()), noticeId, effectiveAt }));
  await drain(noticeId);
  return noticeId;
}

async function withObjection(effectiveInDays?: number): Promise<{ noticeId: string; objectionId: string }> {
  const noticeId = await published(effectiveInDays);
  const { objectionId } = orThrow(await clock(noticeId).submitObjection({ organisation: "Customer GmbH", contactEmail: OBJECTOR, grounds, lang: "en" }));
  await drain(noticeId);
  return { noticeId, objectionId };
}

/**
 * Arms the crash and runs the action, which must die rather than answer; the object must be left
 * with an alarm, so the transition completes even if nobody calls again.
 */
async function crashDuring(noticeId: string, at: CrashPoint, action: () => Promise<unknown>) {
  orThrow(await clock(noticeId).crashAt({ at }));
  const outcome = await action().then(
    (value) => value,
    (error: unknown) => ({ ok: false, thrown: String(error) }),
  );
  expect(outcome, "the crash point stopped the transition").toMatchObject({ ok: false });
  const alarm = await runInDurableObject(clock(noticeId), (_object, state) => state.storage.getAlarm());
  expect(alarm, "an alarm is left to finish the work").not.toBeNull();
}

async function evidenceCount(ref: string, kind: string) {
  return (await listEvidence(db)).filter((entry) => entry.ref === ref && entry.kind === kind).length;
}

async function objectionsOf(noticeId: string) {
  return (await env.DB.prepare("select id, status, remedy from objections where notice_id = ?").bind(noticeId).all<{ id: string; status: string; remedy: string | null }>()).results;
}

async function noticeStatus(noticeId: string) {
  const row = await env.DB.prepare("select status from notices where id = ?").bind(noticeId).first<{ status: string }>();
  return { d1: row?.status, object: orThrow(await clock(noticeId).state()).state?.status };
}

/** Every email owed for the notice, by template and recipient, each sent. */
async function sentEmails(noticeId: string) {
  const rows = (await env.DB.prepare("select template, recipient, status from email_deliveries where notice_id = ? and recipient in (?, ?) order by template, recipient").bind(noticeId, SUBSCRIBER, OBJECTOR).all<{ template: string; recipient: string; status: string }>()).results;
  return rows.map((row) => `${row.template} → ${row.recipient}: ${row.status}`);
}

/** No message reached the stand-in twice (same recipient, subject and body). */
async function expectNoDuplicateSends() {
  const { mailbox } = await standin.state();
  const seen = mailbox.map((message) => JSON.stringify([message.to, message.subject, message.text]));
  expect(seen.length).toBeGreaterThan(0);
  expect(new Set(seen).size).toBe(seen.length);
}

beforeAll(async () => {
  const at = (await createContext(env)).clock.now();
  await upsertAdmin(db, ADMIN, "vendor_admin", at);
  await env.DB.prepare("insert into subscribers (id, email, lang, status, created_at, confirmed_at) values ('sub_recovery', ?, 'en', 'confirmed', ?, ?)").bind(SUBSCRIBER, at, at).run();
});

beforeEach(async () => {
  await standin.reset();
});

describe.each(crashPoints)("a crash at %s", (at) => {
  // Before the D1 write nothing happened: the caller was told it failed and tries again.
  const retry = at === "intent_recorded";

  it("publish: completed once, emails sent once, and the notice takes objections and withdrawals again", async () => {
    const noticeId = await draftNotice();
    const publish = async () => api.publish({ ...(await adminSession()), noticeId });
    await crashDuring(noticeId, at, publish);
    if (retry) orThrow(await publish());
    await drain(noticeId);
    expect(await noticeStatus(noticeId)).toEqual({ d1: "published", object: "published" });
    expect(await evidenceCount(noticeId, "notice.published")).toBe(1);
    expect(await sentEmails(noticeId)).toEqual([`notice-published → ${SUBSCRIBER}: sent`]);
    const { due } = orThrow(await clock(noticeId).state());
    expect(due.map((work) => work.kind).sort()).toEqual(["close_window", "take_effect"]);
    orThrow(await clock(noticeId).submitObjection({ organisation: "Customer GmbH", contactEmail: OBJECTOR, grounds, lang: "en" }));
    orThrow(await api.withdraw({ ...(await adminSession()), noticeId, reason: "We chose another vendor." }));
    await expectNoDuplicateSends();
  });

  it("withdraw: completed once, the open objection resolved once, each email sent once", async () => {
    const { noticeId, objectionId } = await withObjection();
    const withdraw = async () => api.withdraw({ ...(await adminSession()), noticeId, reason: "We chose another vendor." });
    await crashDuring(noticeId, at, withdraw);
    if (retry) orThrow(await withdraw());
    await drain(noticeId);
    expect(await noticeStatus(noticeId)).toEqual({ d1: "withdrawn", object: "withdrawn" });
    expect(await evidenceCount(noticeId, "notice.withdrawn")).toBe(1);
    expect(await evidenceCount(objectionId, "objection.resolved")).toBe(1);
    expect(await objectionsOf(noticeId)).toEqual([{ id: objectionId, status: "resolved", remedy: "change_withdrawn" }]);
    expect(await sentEmails(noticeId)).toEqual([
      `notice-published → ${SUBSCRIBER}: sent`,
      `notice-withdrawn → ${SUBSCRIBER}: sent`,
      `objection-receipt → ${OBJECTOR}: sent`,
      `objection-resolved → ${OBJECTOR}: sent`,
    ]);
    expect(orThrow(await clock(noticeId).state()).due).toEqual([]);
    await expectNoDuplicateSends();
  });

  it("objection: recorded once with its receipt sent once and its resolution deadline armed", async () => {
    const noticeId = await published();
    const object = () => clock(noticeId).submitObjection({ organisation: "Customer GmbH", contactEmail: OBJECTOR, grounds, lang: "en" });
    await crashDuring(noticeId, at, object);
    if (retry) orThrow(await object());
    await drain(noticeId);
    const objections = await objectionsOf(noticeId);
    expect(objections).toEqual([{ id: expect.any(String), status: "open", remedy: null }]);
    const objectionId = objections[0]!.id;
    expect(await evidenceCount(objectionId, "objection.received")).toBe(1);
    expect(Object.keys(orThrow(await clock(noticeId).state()).state?.objections ?? {})).toEqual([objectionId]);
    expect(orThrow(await clock(noticeId).state()).due.map((work) => work.kind)).toContain(`resolution:${objectionId}`);
    expect(await sentEmails(noticeId)).toEqual([`notice-published → ${SUBSCRIBER}: sent`, `objection-receipt → ${OBJECTOR}: sent`]);
    await expectNoDuplicateSends();
  });

  it("resolving an objection: resolved once, the objector told once", async () => {
    const { noticeId, objectionId } = await withObjection();
    const resolve = async () => api.resolveObjection({ ...(await adminSession()), objectionId, remedy: "remediated", note: "Attendee ids are now hashed." });
    await crashDuring(noticeId, at, resolve);
    if (retry) orThrow(await resolve());
    await drain(noticeId);
    expect(await objectionsOf(noticeId)).toEqual([{ id: objectionId, status: "resolved", remedy: "remediated" }]);
    expect(orThrow(await clock(noticeId).state()).state?.objections[objectionId]?.status).toBe("resolved");
    expect(await evidenceCount(objectionId, "objection.resolved")).toBe(1);
    expect(await sentEmails(noticeId)).toContain(`objection-resolved → ${OBJECTOR}: sent`);
    await expectNoDuplicateSends();
  });

  it("close-window (the objection deadline): closed once by the next alarm, later objections refused", async () => {
    const noticeId = await published();
    await advance(15 * DAY_MS);
    await crashDuring(noticeId, at, () => runDurableObjectAlarm(clock(noticeId)));
    await drain(noticeId);
    expect(await noticeStatus(noticeId)).toEqual({ d1: "window_closed", object: "window_closed" });
    expect(await evidenceCount(noticeId, "notice.window_closed")).toBe(1);
    expect(await clock(noticeId).submitObjection({ organisation: "Late AG", contactEmail: OBJECTOR, grounds, lang: "en" })).toMatchObject({ ok: false, error: { code: "objection_window_closed" } });
  });
});

describe("taking effect after a crash", () => {
  it.each(crashPoints)("at %s: applied once, the subprocessor live", async (at) => {
    const noticeId = await published();
    await advance(15 * DAY_MS);
    await drain(noticeId);
    await advance(15 * DAY_MS);
    await crashDuring(noticeId, at, () => runDurableObjectAlarm(clock(noticeId)));
    await drain(noticeId);
    expect(await noticeStatus(noticeId)).toEqual({ d1: "effective", object: "effective" });
    expect(await evidenceCount(noticeId, "notice.effective")).toBe(1);
    const { results } = await env.DB.prepare("select s.status from subprocessors s join notices n on n.subprocessor_id = s.id where n.id = ?").bind(noticeId).all();
    expect(results).toEqual([{ status: "active" }]);
  });
});

describe("a termination right after a crash", () => {
  it.each(crashPoints)("at %s: granted once, the objector told once", async (at) => {
    // Taking effect later, so the alarm that crashes is the objection's resolution deadline.
    const { noticeId, objectionId } = await withObjection(60);
    await advance(15 * DAY_MS);
    await drain(noticeId);
    await advance(15 * DAY_MS);
    await crashDuring(noticeId, at, () => runDurableObjectAlarm(clock(noticeId)));
    await drain(noticeId);
    expect(await noticeStatus(noticeId)).toEqual({ d1: "window_closed", object: "window_closed" });
    expect(await objectionsOf(noticeId)).toEqual([{ id: objectionId, status: "termination_right", remedy: null }]);
    expect(orThrow(await clock(noticeId).state()).state?.objections[objectionId]?.status).toBe("termination_right");
    expect(await evidenceCount(objectionId, "objection.termination_right")).toBe(1);
    expect(await sentEmails(noticeId)).toContain(`termination-right → ${OBJECTOR}: sent`);
    await expectNoDuplicateSends();
  });
});

it("leaves an evidence chain that verifies", async () => {
  const rows = await listEvidence(db);
  expect(await verifyChain(rows)).toEqual({ valid: true, length: rows.length });
});
