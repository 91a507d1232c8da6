import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin, upsertOrgPerson } from "@/db/queries/admins";
import { listEvidence } from "@/db/queries/evidence";
import { advanceDevClock } from "../test/dev-clock";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { createContext } from "../core/context";
import { NoticesApi } from "../core/notices";
import { DAY_MS } from "../domain/notice";
import { orThrow } from "../errors";
import { verifyChain } from "../evidence/chain";
import { advanceClock } from "../use-cases/advance-clock";
import { noticeClock } from "./notice-clock";

// D1 and the clock offset are shared by the tests of this file, so every test works from the
// clock as it finds it and from its own notices.
const ADMIN = "clock-admin@vendor.test";
const db = createDb(env.DB);

// Each test adds its own Datadog ("Datadog a", "Datadog b"…): one list never holds two names that look alike.
const datadog = {
  name: "Datadog",
  legalEntity: "Datadog, Inc.",
  purpose: "Infrastructure monitoring",
  location: "European Union (Germany)",
  dataCategories: ["Service metrics", "Truncated IP addresses"],
  transferMechanism: "Processing within the EEA",
  website: "https://www.datadoghq.com",
};

const grounds = "We do not allow monitoring vendors to receive any attendee identifiers from our tenant, please confirm.";

async function now(): Promise<number> {
  return (await createContext(env)).clock.now();
}

const advance = (ms: number) => advanceDevClock(db, ms);

/** A fresh admin session: the tests move the clock further than a session lives. */
async function adminSession(): Promise<{ sessionToken: string; csrf: string }> {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

async function api() {
  return new NoticesApi(env);
}

async function draft(change: Record<string, unknown>): Promise<string> {
  const result = await (await api()).draft({ ...(await adminSession()), reason: "Better monitoring of room displays.", ...change });
  return orThrow(result).noticeId;
}

/**
 * Steps that owe email schedule a delivery run "now", and a real alarm fires for it at once. Run
 * it here and wait for the object to be idle, so that run cannot interleave with the test.
 */
async function settle(noticeId: string): Promise<void> {
  await runDurableObjectAlarm(noticeClock(env, noticeId));
  await noticeClock(env, noticeId).state();
}

async function publish(noticeId: string, extra: Record<string, unknown> = {}) {
  const result = await (await api()).publish({ ...(await adminSession()), noticeId, ...extra });
  if (result.ok) await settle(noticeId);
  return result;
}

async function noticeRow(noticeId: string) {
  return env.DB.prepare("select * from notices where id = ?").bind(noticeId).first<Record<string, unknown>>();
}

async function deliveries(noticeId: string) {
  return (await env.DB.prepare("select template, recipient, idempotency_key as key, params from email_deliveries where notice_id = ? order by idempotency_key").bind(noticeId).all<{ template: string; recipient: string; key: string; params: string }>()).results;
}

async function objectTo(noticeId: string, contactEmail: string, organisation = "Customer GmbH") {
  const result = await noticeClock(env, noticeId).submitObjection({ organisation, contactEmail, grounds, lang: "en" });
  if (result.ok) await settle(noticeId);
  return result;
}

async function dueKinds(noticeId: string): Promise<string[]> {
  const { due } = orThrow(await noticeClock(env, noticeId).state());
  return due.map((work) => work.kind);
}

beforeAll(async () => {
  const at = await now();
  await upsertAdmin(db, ADMIN, "vendor_admin", at);
  // Customer organisations' staff share the admins table; they must never read another customer's objection.
  await upsertOrgPerson(db, "facilities@other-customer.test", "org_admin", "org_other", at);
  await upsertOrgPerson(db, "staff@other-customer.test", "org_member", "org_other", at);
  await env.DB.prepare("insert into subscribers (id, email, lang, status, created_at, confirmed_at) values ('sub_clock1', 'dpo@customer.test', 'fr', 'confirmed', ?, ?)").bind(at, at).run();
  await env.DB.prepare("insert into subprocessors (id, name, legal_entity, purpose, location, data_categories, transfer_mechanism, website, status, created_at, updated_at) values ('sp_old', 'Old Mail', 'Old Mail Ltd', 'Email', 'Ireland', '[\"Email addresses\"]', 'EEA', 'https://old.example', 'active', ?, ?), ('sp_zen', 'Zendesk', 'Zendesk, Inc.', 'Support', 'EU', '[\"Tickets\"]', 'EEA', 'https://zendesk.example', 'active', ?, ?)").bind(at, at, at, at).run();
});

describe("publishing", () => {
  it("sets the notice's row and dates, arms the alarm and enqueues the fan-out", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_a", proposed: { ...datadog, name: "Datadog a" } });
    const before = await now();
    const published = orThrow(await publish(noticeId));
    const after = await now();
    expect(published.status).toBe("published");
    const row = await noticeRow(noticeId);
    const publishedAt = Number(row?.published_at);
    expect(publishedAt).toBeGreaterThanOrEqual(before);
    expect(publishedAt).toBeLessThanOrEqual(after);
    expect(row).toMatchObject({ status: "published", objection_deadline: publishedAt + 15 * DAY_MS, effective_at: publishedAt + 30 * DAY_MS });
    expect(await dueKinds(noticeId)).toEqual(expect.arrayContaining(["close_window", "take_effect"]));
    const alarm = await runInDurableObject(noticeClock(env, noticeId), (_object, state) => state.storage.getAlarm());
    expect(alarm).not.toBeNull();
    expect(await deliveries(noticeId)).toContainEqual(
      expect.objectContaining({ template: "notice-published", recipient: "dpo@customer.test", key: `notice:${noticeId}:sub:sub_clock1` }),
    );
  });

  it("refuses an effective date less than 30 days away", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_b", proposed: { ...datadog, name: "Datadog b" } });
    const result = await publish(noticeId, { effectiveAt: (await now()) + 29 * DAY_MS });
    expect(result).toMatchObject({ ok: false, error: { code: "effective_too_early", status: 400 } });
  });

  it("lets one of two simultaneous publishes win and tells the other why", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_c", proposed: { ...datadog, name: "Datadog c" } });
    const results = await Promise.all([publish(noticeId), publish(noticeId)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: "notice_not_draft", status: 409 } });
    const evidence = (await listEvidence(db)).filter((e) => e.ref === noticeId && e.kind === "notice.published");
    expect(evidence).toHaveLength(1);
  });

  it("lets one of two admins withdrawing at the same moment win, and logs one withdrawal", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_w", proposed: { ...datadog, name: "Datadog w" } });
    orThrow(await publish(noticeId));
    const withdraw = async () => (await api()).withdraw({ ...(await adminSession()), noticeId, reason: "The vendor chose another provider." });
    const results = await Promise.all([withdraw(), withdraw()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { status: 409 } });
    expect((await noticeRow(noticeId))?.status).toBe("withdrawn");
    const evidence = (await listEvidence(db)).filter((e) => e.ref === noticeId && e.kind === "notice.withdrawn");
    expect(evidence).toHaveLength(1);
  });
});

describe("objections and the window", () => {
  it("accepts an objection before the deadline and refuses one after the alarm closed the window", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_d", proposed: { ...datadog, name: "Datadog d" } });
    orThrow(await publish(noticeId));
    const objection = orThrow(await objectTo(noticeId, "dpo@customer.test"));
    expect(objection.resolutionDeadline - objection.receivedAt).toBe(30 * DAY_MS);
    const row = await env.DB.prepare("select status, notice_id from objections where id = ?").bind(objection.objectionId).first();
    expect(row).toEqual({ status: "open", notice_id: noticeId });
    expect(await deliveries(noticeId)).toContainEqual(expect.objectContaining({ template: "objection-receipt", recipient: "dpo@customer.test" }));
    expect(await dueKinds(noticeId)).toContain(`resolution:${objection.objectionId}`);

    await advance(15 * DAY_MS);
    expect(await runDurableObjectAlarm(noticeClock(env, noticeId))).toBe(true);
    expect((await noticeRow(noticeId))?.status).toBe("window_closed");
    expect(await objectTo(noticeId, "late@customer.test")).toMatchObject({ ok: false, error: { code: "objection_window_closed", status: 409 } });
  });

  it("records the same objection sent twice once, and a different one on its own", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_k", proposed: { ...datadog, name: "Datadog k" } });
    orThrow(await publish(noticeId));
    const first = orThrow(await objectTo(noticeId, "twice@customer.test"));
    // A second click, or a reloaded page posting the form again: the same reference and clock.
    const again = orThrow(await objectTo(noticeId, "twice@customer.test"));
    expect(again).toEqual(first);
    const other = orThrow(await objectTo(noticeId, "twice@customer.test", "Another Customer SA"));
    expect(other.objectionId).not.toBe(first.objectionId);

    const rows = await env.DB.prepare("select id from objections where notice_id = ? order by received_at, id").bind(noticeId).all<{ id: string }>();
    expect(rows.results.map((r) => r.id).sort()).toEqual([first.objectionId, other.objectionId].sort());
    const receipts = (await deliveries(noticeId)).filter((d) => d.template === "objection-receipt");
    expect(receipts).toHaveLength(2);
    const resolutions = (await dueKinds(noticeId)).filter((kind) => kind.startsWith("resolution:"));
    expect(resolutions.sort()).toEqual([`resolution:${first.objectionId}`, `resolution:${other.objectionId}`].sort());
  });

  it("turns an objection unresolved for 30 days into a termination right, told to the objector and the vendor", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_e", proposed: { ...datadog, name: "Datadog e" } });
    orThrow(await publish(noticeId));
    const { objectionId } = orThrow(await objectTo(noticeId, "angry@customer.test"));
    await advance(30 * DAY_MS - 60_000);
    await runDurableObjectAlarm(noticeClock(env, noticeId));
    expect((await env.DB.prepare("select status from objections where id = ?").bind(objectionId).first())?.status).toBe("open");
    await advance(60_000);
    await runDurableObjectAlarm(noticeClock(env, noticeId));
    expect(await env.DB.prepare("select status, resolved_by from objections where id = ?").bind(objectionId).first()).toEqual({
      status: "termination_right",
      resolved_by: "system",
    });
    const termination = (await deliveries(noticeId)).filter((d) => d.template === "termination-right");
    expect(termination.map((d) => [d.recipient, JSON.parse(d.params).audience]).sort()).toEqual([
      ["angry@customer.test", "customer"],
      [ADMIN, "vendor"],
    ].sort());
  });

  it("resolves an objection with a remedy through the admin API", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_f", proposed: { ...datadog, name: "Datadog f" } });
    orThrow(await publish(noticeId));
    const { objectionId } = orThrow(await objectTo(noticeId, "calm@customer.test"));
    const resolved = await (await api()).resolveObjection({ ...(await adminSession()), objectionId, remedy: "remediated", note: "Attendee ids are now hashed." });
    expect(resolved).toMatchObject({ ok: true, data: { status: "resolved", remedy: "remediated" } });
    expect(await env.DB.prepare("select status, remedy, resolved_by, resolution_note from objections where id = ?").bind(objectionId).first()).toEqual({
      status: "resolved",
      remedy: "remediated",
      resolved_by: ADMIN,
      resolution_note: "Attendee ids are now hashed.",
    });
    expect(await dueKinds(noticeId)).not.toContain(`resolution:${objectionId}`);
    const again = await (await api()).resolveObjection({ ...(await adminSession()), objectionId, remedy: "feature_stopped", note: "" });
    expect(again).toMatchObject({ ok: false, error: { code: "objection_not_open", status: 409 } });
  });
});

describe("taking effect", () => {
  it("applies an addition, a change and a removal to the public list", async () => {
    const add = await draft({ changeKind: "add", subprocessorId: "sp_datadog_g", proposed: { ...datadog, name: "Datadog g" } });
    const change = await draft({ changeKind: "change", subprocessorId: "sp_zen", proposed: { location: "European Union (Ireland)" } });
    const remove = await draft({ changeKind: "remove", subprocessorId: "sp_old" });
    for (const noticeId of [add, change, remove]) orThrow(await publish(noticeId));
    await advance(30 * DAY_MS);
    for (const noticeId of [add, change, remove]) {
      await runDurableObjectAlarm(noticeClock(env, noticeId));
      expect((await noticeRow(noticeId))?.status).toBe("effective");
    }
    const rows = await env.DB.prepare("select id, name, location, status from subprocessors where id in ('sp_datadog_g', 'sp_zen', 'sp_old') order by id").all();
    expect(rows.results).toEqual([
      { id: "sp_datadog_g", name: "Datadog g", location: "European Union (Germany)", status: "active" },
      { id: "sp_old", name: "Old Mail", location: "Ireland", status: "removed" },
      { id: "sp_zen", name: "Zendesk", location: "European Union (Ireland)", status: "active" },
    ]);
  });

  it("never applies a withdrawn change", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_h", proposed: { ...datadog, name: "Datadog h" } });
    orThrow(await publish(noticeId));
    const { objectionId } = orThrow(await objectTo(noticeId, "dpo@customer.test"));
    const withdrawn = await (await api()).withdraw({ ...(await adminSession()), noticeId, reason: "We chose another vendor." });
    expect(withdrawn).toMatchObject({ ok: true, data: { status: "withdrawn" } });
    expect(await dueKinds(noticeId)).not.toEqual(expect.arrayContaining(["take_effect"]));
    expect(await (await api()).withdraw({ ...(await adminSession()), noticeId, reason: "Twice." })).toMatchObject({ ok: false, error: { code: "notice_final" } });
    expect((await env.DB.prepare("select remedy from objections where id = ?").bind(objectionId).first())?.remedy).toBe("change_withdrawn");
    expect((await deliveries(noticeId)).map((d) => d.template)).toContain("notice-withdrawn");

    await advance(31 * DAY_MS);
    await runDurableObjectAlarm(noticeClock(env, noticeId));
    expect((await noticeRow(noticeId))?.status).toBe("withdrawn");
    expect(await env.DB.prepare("select id from subprocessors where id = 'sp_datadog_h'").first()).toBeNull();
  });

  it("retries a step whose D1 write failed, and completes it once", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_i", proposed: { ...datadog, name: "Datadog i" } });
    orThrow(await publish(noticeId));
    await advance(30 * DAY_MS);
    // A real failure: the table the step writes to is briefly missing.
    await env.DB.exec("alter table subprocessors rename to subprocessors_away");
    try {
      await runDurableObjectAlarm(noticeClock(env, noticeId));
    } finally {
      await env.DB.exec("alter table subprocessors_away rename to subprocessors");
    }
    expect((await noticeRow(noticeId))?.status).not.toBe("effective");
    const { due } = orThrow(await noticeClock(env, noticeId).state());
    expect(due.find((work) => work.kind === "take_effect")).toMatchObject({ attempts: 1 });

    await advance(60_000);
    await runDurableObjectAlarm(noticeClock(env, noticeId));
    await runDurableObjectAlarm(noticeClock(env, noticeId));
    expect((await noticeRow(noticeId))?.status).toBe("effective");
    expect(await env.DB.prepare("select status from subprocessors where id = 'sp_datadog_i'").first()).toEqual({ status: "active" });
    const effective = (await listEvidence(db)).filter((e) => e.ref === noticeId && e.kind === "notice.effective");
    expect(effective).toHaveLength(1);
  });
});

describe("the dev clock", () => {
  it("runs every live notice's due work when it moves", async () => {
    const noticeId = await draft({ changeKind: "add", subprocessorId: "sp_datadog_j", proposed: { ...datadog, name: "Datadog j" } });
    orThrow(await publish(noticeId));
    await advanceClock(await createContext(env), 16);
    expect((await noticeRow(noticeId))?.status).toBe("window_closed");
    await advanceClock(await createContext(env), 15);
    expect((await noticeRow(noticeId))?.status).toBe("effective");
  });

  it("leaves an evidence chain that verifies", async () => {
    const rows = await listEvidence(db);
    const kinds = new Set(rows.map((row) => row.kind));
    for (const kind of ["notice.drafted", "notice.published", "notice.window_closed", "notice.effective", "notice.withdrawn", "objection.received", "objection.resolved", "objection.termination_right"]) {
      expect(kinds).toContain(kind);
    }
    expect(await verifyChain(rows)).toEqual({ valid: true, length: rows.length });
  });
});
