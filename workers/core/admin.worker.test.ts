import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { upsertAdmin } from "@/db/queries/admins";
import { createDb } from "@/db/client";
import { setClockOffset, getClockOffset } from "@/db/queries/settings";
import { signToken } from "../auth/tokens";
import { afterAnswerApi, settlingApi } from "../test/after-answer";
import { standin } from "../test/standin-client";
import { AdminApi } from "./admin";
import { NoticesApi } from "./notices";

const ADMIN = "vendor.admin@roomtrust.test";
const api = () => settlingApi((execution) => new AdminApi(env, execution));

async function signInLink(): Promise<string> {
  const message = (await standin.state()).mailbox.filter((m) => m.to.includes(ADMIN)).at(-1);
  const match = message?.text?.match(/\/admin\/sign-in\/verify\?token=([^&\s]+)/);
  if (!match) throw new Error("no sign-in email");
  return match[1]!;
}

describe("admin sign-in", () => {
  beforeAll(async () => {
    await upsertAdmin(createDb(env.DB), ADMIN, "vendor_admin", Date.now());
  });

  it("answers the same for a stranger, and emails nobody", async () => {
    await standin.reset();
    expect(await api().requestMagicLink({ email: "stranger@example.com", lang: "en", client: "c1" })).toEqual({ ok: true, data: { accepted: true } });
    expect((await standin.state()).mailbox).toHaveLength(0);
  });

  it("emails an admin a link that works once", async () => {
    await standin.reset();
    await api().requestMagicLink({ email: ADMIN.toUpperCase(), lang: "en", client: "c2" });
    const token = await signInLink();
    const first = await api().redeemMagicLink({ token });
    expect(first).toMatchObject({ ok: true, data: { email: ADMIN } });
    expect(await api().redeemMagicLink({ token })).toMatchObject({ ok: false, error: { code: "token_used", status: 409 } });
    if (!first.ok) return;
    expect(await api().session({ sessionToken: first.data.sessionToken })).toMatchObject({ ok: true, data: { email: ADMIN } });
  });

  it("answers an admin and a stranger before looking either up", async () => {
    await standin.reset();
    const owed = async (email: string) =>
      (await env.DB.prepare("select count(*) as n from email_deliveries where recipient = ? and template = 'admin-sign-in'").bind(email).first<{ n: number }>())?.n;
    for (const email of [ADMIN, "stranger2@example.com"]) {
      const { api: unsettled, settled } = afterAnswerApi((execution) => new AdminApi(env, execution));
      const before = await owed(email);
      expect(await unsettled.requestMagicLink({ email, lang: "en", client: "c-timing" })).toEqual({ ok: true, data: { accepted: true } });
      // The answer is back before anything that depends on who the address is…
      expect(await owed(email)).toBe(before);
      await settled();
      // …which happens after it.
      expect(await owed(email)).toBe(before! + (email === ADMIN ? 1 : 0));
    }
  });

  it("ends a session on sign-out: the same cookie no longer works", async () => {
    const now = Date.now() + (await getClockOffset(createDb(env.DB)));
    const sessionToken = await signToken(env.AUTH_SECRET, "session", ADMIN, now);
    expect(await api().session({ sessionToken })).toMatchObject({ ok: true, data: { email: ADMIN } });
    expect(await api().signOut({ sessionToken })).toEqual({ ok: true, data: { ended: true } });
    expect(await api().session({ sessionToken })).toMatchObject({ ok: false, error: { code: "unauthenticated", status: 401 } });
    expect(await new NoticesApi(env).list({ sessionToken })).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(await api().signOut({ sessionToken: "not-a-token" })).toEqual({ ok: true, data: { ended: false } });
  });

  it("ends the sessions of an admin who is removed, even if they are added again", async () => {
    const db = createDb(env.DB);
    const email = "removed.admin@roomtrust.test";
    const offset = await getClockOffset(db);
    await upsertAdmin(db, email, "vendor_admin", Date.now() + offset);
    const sessionToken = await signToken(env.AUTH_SECRET, "session", email, Date.now() + offset);
    expect(await api().session({ sessionToken })).toMatchObject({ ok: true });
    await env.DB.prepare("delete from admins where email = ?").bind(email).run();
    expect(await api().session({ sessionToken })).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    await upsertAdmin(db, email, "vendor_admin", Date.now() + offset + 5_000);
    expect(await api().session({ sessionToken })).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
  });

  it("refuses an expired link on the application clock", async () => {
    const db = createDb(env.DB);
    const offset = await getClockOffset(db);
    const token = await signToken(env.AUTH_SECRET, "admin-sign-in", ADMIN, Date.now() + offset);
    await setClockOffset(db, offset + 16 * 60_000);
    expect(await api().redeemMagicLink({ token })).toMatchObject({ ok: false, error: { code: "token_expired", status: 410 } });
  });

  it("refuses a session token used as a sign-in link, and a link used as a session", async () => {
    const now = Date.now() + (await getClockOffset(createDb(env.DB)));
    const session = await signToken(env.AUTH_SECRET, "session", ADMIN, now);
    expect(await api().redeemMagicLink({ token: session })).toMatchObject({ ok: false, error: { code: "token_wrong_purpose" } });
    const link = await signToken(env.AUTH_SECRET, "admin-sign-in", ADMIN, now);
    expect(await api().session({ sessionToken: link })).toMatchObject({ ok: false, error: { code: "unauthenticated", status: 401 } });
  });

  it("refuses a change whose anti-CSRF value is wrong", async () => {
    const now = Date.now() + (await getClockOffset(createDb(env.DB)));
    const sessionToken = await signToken(env.AUTH_SECRET, "session", ADMIN, now);
    const draft = { sessionToken, changeKind: "remove", subprocessorId: "sp_anything", reason: "Testing CSRF." };
    expect(await new NoticesApi(env).draft({ ...draft, csrf: "forged-value" })).toMatchObject({ ok: false, error: { code: "csrf_failed", status: 403 } });
  });

  it("limits sign-in requests per address silently and per client loudly", async () => {
    await standin.reset();
    for (let i = 0; i < 7; i++) await api().requestMagicLink({ email: ADMIN, lang: "en", client: `limit-${i}` });
    expect((await standin.state()).mailbox.length).toBeLessThanOrEqual(5);
    let last;
    for (let i = 0; i < 31; i++) last = await api().requestMagicLink({ email: `someone${i}@example.com`, lang: "en", client: "one-client" });
    expect(last).toMatchObject({ ok: false, error: { code: "rate_limited", status: 429 } });
  });
});
