import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { signToken } from "../auth/tokens";
import { afterAnswerApi, settlingApi } from "../test/after-answer";
import { readConfig } from "./config";
import { PortalApi } from "./portal";

// Storage is shared by the tests of this file: every test uses its own addresses and clients.
const secret = () => readConfig(env).AUTH_SECRET;

async function subscriberRow(email: string) {
  return env.DB.prepare("select id, status, lang, confirmed_at, unsubscribed_at from subscribers where email = ?")
    .bind(email)
    .first<{ id: string; status: string; lang: string; confirmed_at: number | null; unsubscribed_at: number | null }>();
}

async function confirmationRows(email: string) {
  const { results } = await env.DB.prepare("select idempotency_key, params, lang from email_deliveries where template = 'subscribe-confirm' and recipient = ?")
    .bind(email)
    .all<{ idempotency_key: string; params: string; lang: string }>();
  return results;
}

async function evidenceKinds(ref: string) {
  const { results } = await env.DB.prepare("select kind from evidence where ref = ? order by seq").bind(ref).all<{ kind: string }>();
  return results.map((row) => row.kind);
}

async function subscribedAndConfirmed(portal: PortalApi, email: string, client: string) {
  await portal.subscribe({ email, lang: "en", client });
  const row = (await subscriberRow(email))!;
  expect(await portal.confirmSubscription({ token: await signToken(secret(), "subscribe-confirm", row.id, Date.now()) })).toMatchObject({ ok: true });
  return row.id;
}

describe("subscribe", () => {
  it("stores a pending subscriber, lower-cased and trimmed, and owes them a confirmation email", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    expect(await portal.subscribe({ email: "  New.Person@Customer.TEST ", lang: "fr", client: "10.0.0.1" })).toEqual({ ok: true, data: { accepted: true } });
    expect(await subscriberRow("new.person@customer.test")).toMatchObject({ status: "pending", lang: "fr" });
    const rows = await confirmationRows("new.person@customer.test");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.lang).toBe("fr");
    expect(JSON.parse(rows[0]!.params)).toEqual({ subscriberId: (await subscriberRow("new.person@customer.test"))!.id });
  });

  it("answers a pending address the same and sends it a fresh link", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    const first = await portal.subscribe({ email: "twice@customer.test", lang: "en", client: "10.0.0.2" });
    const second = await portal.subscribe({ email: "twice@customer.test", lang: "fr", client: "10.0.0.2" });
    expect(second).toEqual(first);
    expect(await subscriberRow("twice@customer.test")).toMatchObject({ status: "pending", lang: "fr" });
    expect(new Set((await confirmationRows("twice@customer.test")).map((r) => r.idempotency_key)).size).toBe(2);
  });

  it("answers a confirmed address the same and sends it nothing", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    await subscribedAndConfirmed(portal, "confirmed@customer.test", "10.0.0.3");
    const before = (await confirmationRows("confirmed@customer.test")).length;
    expect(await portal.subscribe({ email: "confirmed@customer.test", lang: "en", client: "10.0.0.3" })).toEqual({ ok: true, data: { accepted: true } });
    expect(await subscriberRow("confirmed@customer.test")).toMatchObject({ status: "confirmed" });
    expect(await confirmationRows("confirmed@customer.test")).toHaveLength(before);
  });

  it("answers an address over its own limit the same, without another email", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    for (let i = 0; i < 5; i++) {
      expect(await portal.subscribe({ email: "flooded@customer.test", lang: "en", client: `10.1.0.${i}` })).toEqual({ ok: true, data: { accepted: true } });
    }
    expect(await confirmationRows("flooded@customer.test")).toHaveLength(3);
  });

  it("answers before it looks the address up, so new, pending and confirmed addresses answer alike", async () => {
    await subscribedAndConfirmed(settlingApi((execution) => new PortalApi(env, execution)), "known@customer.test", "10.0.5.1");
    for (const email of ["known@customer.test", "unknown@customer.test"]) {
      const { api, settled } = afterAnswerApi((execution) => new PortalApi(env, execution));
      const before = (await confirmationRows(email)).length;
      expect(await api.subscribe({ email, lang: "en", client: "10.0.5.2" })).toEqual({ ok: true, data: { accepted: true } });
      // Nothing that depends on the address has happened when the answer is back…
      expect((await confirmationRows(email)).length).toBe(before);
      await settled();
      // …and it happens after.
      expect((await confirmationRows(email)).length).toBe(email === "unknown@customer.test" ? before + 1 : before);
    }
  });

  it("counts +tag variants and case changes against one mailbox", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    for (let i = 1; i <= 10; i++) {
      expect(await portal.subscribe({ email: `Tagged+${i}@customer.test`, lang: "en", client: `10.2.0.${i}` })).toEqual({ ok: true, data: { accepted: true } });
    }
    const { results } = await env.DB.prepare("select count(*) as n from email_deliveries where template = 'subscribe-confirm' and recipient like 'tagged+%@customer.test'").all<{ n: number }>();
    expect(results[0]!.n).toBe(3);
  });

  it("counts every address of one IPv6 /64 as one client", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    const answers = [];
    for (let i = 1; i <= 31; i++) answers.push(await portal.subscribe({ email: `v6-${i}@customer.test`, lang: "en", client: `2001:db8:5:6::${i.toString(16)}` }));
    expect(answers.slice(0, 30).every((a) => a.ok)).toBe(true);
    expect(answers[30]).toMatchObject({ ok: false, error: { code: "rate_limited", status: 429 } });
    expect(await portal.subscribe({ email: "v6-other@customer.test", lang: "en", client: "2001:db8:5:7::1" })).toMatchObject({ ok: true });
  });

  it("refuses invalid addresses and header injection without writing anything", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    for (const email of ["not-an-email", "", "a@b", "victim@customer.test\r\nBcc: all@customer.test", "x".repeat(250) + "@c.test"]) {
      expect(await portal.subscribe({ email, lang: "en", client: "10.0.0.4" })).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400, issues: [{ path: "email" }] } });
    }
    expect(await portal.subscribe({ email: "ok@customer.test", lang: "de", client: "10.0.0.4" })).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    const count = await env.DB.prepare("select count(*) as n from subscribers where email like '%victim%' or email = 'ok@customer.test'").first<{ n: number }>();
    expect(count?.n).toBe(0);
  });

  it("limits one client to 30 requests an hour", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    for (let i = 0; i < 30; i++) {
      expect(await portal.subscribe({ email: `burst${i}@customer.test`, lang: "en", client: "10.9.9.9" })).toMatchObject({ ok: true });
    }
    expect(await portal.subscribe({ email: "burst-last@customer.test", lang: "en", client: "10.9.9.9" })).toMatchObject({ ok: false, error: { code: "rate_limited", status: 429 } });
    expect(await subscriberRow("burst-last@customer.test")).toBeNull();
    expect(await portal.subscribe({ email: "burst-last@customer.test", lang: "en", client: "10.9.9.10" })).toMatchObject({ ok: true });
  });
});

describe("confirm", () => {
  it("confirms with the emailed token, once, with evidence, and says so when confirmed again", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    await portal.subscribe({ email: "confirm-me@customer.test", lang: "fr", client: "10.0.1.1" });
    const { id } = (await subscriberRow("confirm-me@customer.test"))!;
    const token = await signToken(secret(), "subscribe-confirm", id, Date.now());
    expect(await portal.confirmSubscription({ token })).toEqual({ ok: true, data: { status: "confirmed", lang: "fr" } });
    expect(await subscriberRow("confirm-me@customer.test")).toMatchObject({ status: "confirmed", confirmed_at: expect.any(Number) });
    expect(await portal.confirmSubscription({ token })).toEqual({ ok: true, data: { status: "already_confirmed", lang: "fr" } });
    expect(await evidenceKinds(id)).toEqual(["subscriber.confirmed"]);
  });

  it("refuses tampered, expired and wrong-purpose tokens", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    await portal.subscribe({ email: "careful@customer.test", lang: "en", client: "10.0.1.2" });
    const { id } = (await subscriberRow("careful@customer.test"))!;
    const good = await signToken(secret(), "subscribe-confirm", id, Date.now());
    const tampered = good.slice(0, -3) + (good.endsWith("AAA") ? "BBB" : "AAA");
    expect(await portal.confirmSubscription({ token: tampered })).toMatchObject({ ok: false, error: { code: "token_invalid", status: 400 } });
    const expired = await signToken(secret(), "subscribe-confirm", id, Date.now() - 8 * 86_400_000);
    expect(await portal.confirmSubscription({ token: expired })).toMatchObject({ ok: false, error: { code: "token_expired", status: 410 } });
    const unsubscribeToken = await signToken(secret(), "unsubscribe", id, Date.now());
    expect(await portal.confirmSubscription({ token: unsubscribeToken })).toMatchObject({ ok: false, error: { code: "token_wrong_purpose", status: 400 } });
    const otherSecret = await signToken("another-secret-that-is-long-enough-0123456789", "subscribe-confirm", id, Date.now());
    expect(await portal.confirmSubscription({ token: otherSecret })).toMatchObject({ ok: false, error: { code: "token_invalid" } });
    expect(await portal.confirmSubscription({ token: "" })).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    expect(await subscriberRow("careful@customer.test")).toMatchObject({ status: "pending" });
    expect(await evidenceKinds(id)).toEqual([]);
  });
});

describe("unsubscribe", () => {
  it("previews without writing, unsubscribes once with evidence, and is idempotent", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    const id = await subscribedAndConfirmed(portal, "leaving@customer.test", "10.0.2.1");
    const token = await signToken(secret(), "unsubscribe", id, Date.now());
    expect(await portal.previewUnsubscribe({ token })).toEqual({ ok: true, data: { status: "subscribed", emailHint: "l•••@customer.test" } });
    expect(await subscriberRow("leaving@customer.test")).toMatchObject({ status: "confirmed" });
    expect(await portal.unsubscribe({ token, via: "one-click" })).toEqual({ ok: true, data: { status: "unsubscribed", lang: "en" } });
    expect(await portal.unsubscribe({ token })).toEqual({ ok: true, data: { status: "already_unsubscribed", lang: "en" } });
    expect(await portal.previewUnsubscribe({ token })).toMatchObject({ ok: true, data: { status: "already_unsubscribed" } });
    expect(await subscriberRow("leaving@customer.test")).toMatchObject({ status: "unsubscribed", unsubscribed_at: expect.any(Number) });
    expect(await evidenceKinds(id)).toEqual(["subscriber.confirmed", "subscriber.unsubscribed"]);
  });

  it("refuses a confirmation token, and an old confirm link cannot resubscribe", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    const id = await subscribedAndConfirmed(portal, "old-link@customer.test", "10.0.2.2");
    const confirmToken = await signToken(secret(), "subscribe-confirm", id, Date.now());
    expect(await portal.unsubscribe({ token: confirmToken })).toMatchObject({ ok: false, error: { code: "token_wrong_purpose" } });
    expect(await portal.unsubscribe({ token: await signToken(secret(), "unsubscribe", id, Date.now()) })).toMatchObject({ ok: true });
    expect(await portal.confirmSubscription({ token: confirmToken })).toMatchObject({ ok: false, error: { code: "token_used" } });
  });

  it("takes an unsubscribed address back to pending with a new confirmation when it subscribes again", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    const id = await subscribedAndConfirmed(portal, "returning@customer.test", "10.0.2.3");
    await portal.unsubscribe({ token: await signToken(secret(), "unsubscribe", id, Date.now()) });
    const before = (await confirmationRows("returning@customer.test")).length;
    await portal.subscribe({ email: "returning@customer.test", lang: "fr", client: "10.0.2.3" });
    expect(await subscriberRow("returning@customer.test")).toMatchObject({ id, status: "pending", lang: "fr", unsubscribed_at: null });
    expect(await confirmationRows("returning@customer.test")).toHaveLength(before + 1);
  });
});

describe("public list", () => {
  const insertNotice = (id: string, status: string, subprocessorId: string, publishedAt: number | null) =>
    env.DB.prepare(
      `insert into notices (id, change_kind, subprocessor_id, proposed, reason, status, created_at, created_by, published_at, objection_deadline, effective_at, withdrawn_at, updated_at)
       values (?, 'add', ?, ?, 'Because.', ?, 1, 'admin@vendor.test', ?, ?, ?, ?, ?)`,
    )
      .bind(id, subprocessorId, JSON.stringify({ name: `Name of ${subprocessorId}` }), status, publishedAt, publishedAt && publishedAt + 15 * 86_400_000, publishedAt && publishedAt + 30 * 86_400_000, status === "withdrawn" ? publishedAt! + 86_400_000 : null, (publishedAt ?? 0) + 5)
      .run();

  it("lists active subprocessors, pending changes and history, never drafts or removed rows", async () => {
    const now = Date.now();
    await env.DB.batch([
      env.DB.prepare("insert into subprocessors (id, name, legal_entity, purpose, location, data_categories, transfer_mechanism, website, status, created_at, updated_at) values ('sp_live', 'Live', 'Live SA', 'Hosting', 'EU', '[\"Logs\"]', 'EEA', 'https://live.example', 'active', 1, 7)"),
      env.DB.prepare("insert into subprocessors (id, name, legal_entity, purpose, location, data_categories, transfer_mechanism, website, status, created_at, updated_at) values ('sp_gone', 'Gone', 'Gone SA', 'Old', 'EU', '[]', 'EEA', 'https://gone.example', 'removed', 1, 9)"),
    ]);
    await insertNotice("ntc_00000000000000000d01", "draft", "sp_secret", null);
    await insertNotice("ntc_00000000000000000d02", "published", "sp_next", now - 86_400_000);
    await insertNotice("ntc_00000000000000000d03", "withdrawn", "sp_never", now - 40 * 86_400_000);
    const result = await settlingApi((execution) => new PortalApi(env, execution)).publicList();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const list = result.data;
    expect(list.subprocessors.map((s) => s.id)).toContain("sp_live");
    expect(list.subprocessors.map((s) => s.id)).not.toContain("sp_gone");
    expect(list.subprocessors.find((s) => s.id === "sp_live")).toEqual({
      id: "sp_live", name: "Live", legalEntity: "Live SA", purpose: "Hosting", location: "EU", dataCategories: ["Logs"], transferMechanism: "EEA", website: "https://live.example",
    });
    expect(list.pendingChanges.map((n) => n.id)).toEqual(["ntc_00000000000000000d02"]);
    expect(list.pendingChanges[0]).toMatchObject({ subprocessorName: "Name of sp_next", status: "published" });
    expect(list.history.map((n) => n.id)).toEqual(["ntc_00000000000000000d03"]);
    expect(JSON.stringify(list)).not.toContain("sp_secret");
    expect(list.lastModified).toBe(now - 86_400_000 + 5);
  });

  it("shows a published notice with its window, and the same 404 for drafts, unknown and malformed ids", async () => {
    const portal = settlingApi((execution) => new PortalApi(env, execution));
    expect(await portal.notice({ id: "ntc_00000000000000000d02" })).toMatchObject({ ok: true, data: { windowOpen: true, current: null, notice: { changeKind: "add" } } });
    expect(await portal.notice({ id: "ntc_00000000000000000d03" })).toMatchObject({ ok: true, data: { windowOpen: false, notice: { status: "withdrawn" } } });
    expect(await portal.notice({ id: "ntc_00000000000000000d01" })).toMatchObject({ ok: false, error: { code: "not_found", status: 404 } });
    expect(await portal.notice({ id: "ntc_00000000000000000zzz" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await portal.notice({ id: "../etc" })).toMatchObject({ ok: false, error: { code: "validation_failed" } });
  });
});
