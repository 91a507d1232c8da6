import { createExecutionContext, env, runDurableObjectAlarm, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { createContext } from "./context";
import { NoticesApi } from "./notices";
import { ObjectionsApi } from "./objections";

const ADMIN = "forms-admin@vendor.test";
const grounds = "Our works council has not approved any transfer of attendee data to this analytics provider.";
const proposed = {
  name: "Acme Analytics",
  legalEntity: "Acme Analytics SAS",
  purpose: "Usage analytics",
  location: "France",
  dataCategories: ["Usage events"],
  transferMechanism: "Processing within the EEA",
  website: "https://acme.example",
};

async function adminSession() {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

async function objectLink(email: string, noticeId: string) {
  const ctx = await createContext(env);
  return signToken(ctx.config.AUTH_SECRET, "object", email, ctx.clock.now(), { noticeId });
}

/** Each test proposes its own subprocessor: one list never holds two names that look alike. */
function nameFor(subprocessorId: string) {
  return { ...proposed, name: `Acme Analytics (${subprocessorId})` };
}

async function draftAndPublish(subprocessorId: string): Promise<string> {
  const notices = new NoticesApi(env);
  const { noticeId } = orThrow(await notices.draft({ ...(await adminSession()), changeKind: "add", subprocessorId, proposed: nameFor(subprocessorId), reason: "Understand feature usage." }));
  orThrow(await notices.publish({ ...(await adminSession()), noticeId }));
  await runDurableObjectAlarm(noticeClock(env, noticeId));
  return noticeId;
}

/** The public API as the core's entry builds it, and a way to wait for what it does after answering. */
function publicApi() {
  const execution = createExecutionContext();
  return { objections: new ObjectionsApi(env, execution), settled: () => waitOnExecutionContext(execution) };
}

async function objectionRows(noticeId: string) {
  return (await env.DB.prepare("select contact_email, organisation from objections where notice_id = ?").bind(noticeId).all()).results;
}

async function linkEmails(noticeId: string) {
  return (await env.DB.prepare("select recipient from email_deliveries where notice_id = ? and template = 'objection-link'").bind(noticeId).all<{ recipient: string }>()).results.map((r) => r.recipient);
}

beforeAll(async () => {
  await upsertAdmin(createDb(env.DB), ADMIN, "vendor_admin", Date.now());
});

describe("drafting", () => {
  it("refuses changes to subprocessors that are not on the list and additions that clash", async () => {
    const notices = new NoticesApi(env);
    const removal = await notices.draft({ ...(await adminSession()), changeKind: "remove", subprocessorId: "sp_nobody", reason: "Gone." });
    expect(removal).toMatchObject({ ok: false, error: { code: "validation_failed", issues: [{ path: "subprocessorId" }] } });
    await draftAndPublish("sp_acme_taken");
    await env.DB.prepare("insert into subprocessors (id, name, legal_entity, purpose, location, data_categories, transfer_mechanism, website, status, created_at, updated_at) values ('sp_acme_live', 'A', 'A', 'A', 'A', '[]', 'A', 'https://a.example', 'active', 1, 1)").run();
    const clash = await notices.draft({ ...(await adminSession()), changeKind: "add", subprocessorId: "sp_acme_live", proposed, reason: "Again." });
    expect(clash).toMatchObject({ ok: false, error: { code: "subprocessor_exists", status: 409 } });
    const incomplete = await notices.draft({ ...(await adminSession()), changeKind: "add", proposed: { name: "Half" }, reason: "Missing fields." });
    expect(incomplete).toMatchObject({ ok: false, error: { code: "validation_failed" } });
  });

  it("needs the session's anti-CSRF value for changes", async () => {
    const { sessionToken } = await adminSession();
    const result = await new NoticesApi(env).draft({ sessionToken, csrf: "forged", changeKind: "add", proposed, reason: "x" });
    expect(result).toMatchObject({ ok: false, error: { code: "csrf_failed", status: 403 } });
  });

  it("lists notices with counts and shows one with its objections", async () => {
    const noticeId = await draftAndPublish("sp_acme_listed");
    const token = await objectLink("dpo@listed.test", noticeId);
    orThrow(await new ObjectionsApi(env).submit({ noticeId, token, client: "198.51.100.1", organisation: "Listed AG", contactEmail: "dpo@listed.test", grounds, lang: "fr" }));
    const notices = new NoticesApi(env);
    const listed = orThrow(await notices.list(await adminSession())).find((n) => n.id === noticeId);
    expect(listed).toMatchObject({ status: "published", objections: { open: 1, resolved: 0 } });
    const shown = orThrow(await notices.get({ ...(await adminSession()), noticeId }));
    expect(shown.objections).toEqual([expect.objectContaining({ organisation: "Listed AG", status: "open", lang: "fr" })]);
    expect(shown.deliveries.map((d) => d.template)).toContain("objection-receipt");
    expect(await notices.list({ sessionToken: "nope" })).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
  });
});

describe("the public objection form", () => {
  it("shows the notice, whether the window is open, and the address from a personal link", async () => {
    const noticeId = await draftAndPublish("sp_acme_form");
    const token = await objectLink("dpo@customer.test", noticeId);
    const form = orThrow(await new ObjectionsApi(env).form({ noticeId, token }));
    expect(form).toMatchObject({ notice: { id: noticeId, changeKind: "add", subprocessorName: "Acme Analytics (sp_acme_form)", status: "published" }, windowOpen: true, prefillEmail: "dpo@customer.test" });
  });

  it("refuses a link made for another notice, and drafts and unknown notices", async () => {
    const noticeId = await draftAndPublish("sp_acme_other");
    const objections = new ObjectionsApi(env);
    const elsewhere = await objectLink("dpo@customer.test", "ntc_00000000000000000000");
    expect(await objections.form({ noticeId, token: elsewhere })).toMatchObject({ ok: false, error: { code: "token_wrong_purpose" } });
    expect(await objections.submit({ noticeId, token: elsewhere, client: "198.51.100.2", organisation: "X Corp", contactEmail: "a@b.test", grounds, lang: "en" })).toMatchObject({
      ok: false,
      error: { code: "token_wrong_purpose" },
    });
    expect(await objections.form({ noticeId: "ntc_00000000000000000000" })).toMatchObject({ ok: false, error: { code: "not_found", status: 404 } });
  });

  it("records an objection and answers with its deadline", async () => {
    const noticeId = await draftAndPublish("sp_acme_submit");
    const token = await objectLink("dpo@customer.test", noticeId);
    const result = orThrow(await new ObjectionsApi(env).submit({ noticeId, token, client: "198.51.100.3", organisation: "Customer GmbH", contactEmail: "DPO@Customer.test", grounds, lang: "en" }));
    if (result.status !== "recorded") throw new Error(`not recorded: ${result.status}`);
    expect(result.resolutionDeadline - result.receivedAt).toBe(30 * 86_400_000);
    const row = await env.DB.prepare("select contact_email, status from objections where id = ?").bind(result.objectionId).first();
    expect(row).toEqual({ contact_email: "dpo@customer.test", status: "open" });
  });

  it("refuses grounds that say too little, and bad fields, field by field", async () => {
    const noticeId = await draftAndPublish("sp_acme_invalid");
    const objections = new ObjectionsApi(env);
    const short = await objections.submit({ noticeId, client: "198.51.100.4", organisation: "C", contactEmail: "not-an-email", grounds: "No.", lang: "de" });
    expect(short).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400 } });
    const paths = short.ok ? [] : [...new Set(short.error.issues.map((issue) => issue.path))].sort();
    expect(paths).toEqual(["contactEmail", "grounds", "lang", "organisation"]);
    const fewWords = await objections.submit({ noticeId, client: "198.51.100.4", organisation: "Customer", contactEmail: "a@b.test", grounds: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbb", lang: "en" });
    expect(fewWords).toMatchObject({ ok: false, error: { code: "validation_failed", issues: [{ path: "grounds" }] } });
  });

  it("always accepts a link request, and emails a link while the window is open", async () => {
    const noticeId = await draftAndPublish("sp_acme_link");
    const { objections, settled } = publicApi();
    const answer = await objections.requestLink({ noticeId, email: "Link@Customer.test", lang: "fr", client: "198.51.100.7" });
    expect(answer).toEqual({ ok: true, data: { accepted: true } });
    await settled();
    const rows = (await env.DB.prepare("select recipient, lang, params from email_deliveries where notice_id = ? and template = 'objection-link'").bind(noticeId).all()).results;
    expect(rows).toEqual([{ recipient: "link@customer.test", lang: "fr", params: JSON.stringify({ noticeId, email: "link@customer.test" }) }]);
    expect(await objections.requestLink({ noticeId: "ntc_00000000000000000000", email: "x@y.test", lang: "en", client: "198.51.100.7" })).toEqual({ ok: true, data: { accepted: true } });
  });
  it("records nothing without a personal link, and emails the contact address a link instead", async () => {
    const noticeId = await draftAndPublish("sp_acme_unproven");
    const { objections, settled } = publicApi();
    const answer = orThrow(await objections.submit({ noticeId, client: "198.51.100.20", organisation: "Mallory Ltd", contactEmail: "victim@customer.test", grounds, lang: "en" }));
    expect(answer).toEqual({ status: "link_sent" });
    await settled();
    expect(await objectionRows(noticeId)).toEqual([]);
    expect(await linkEmails(noticeId)).toEqual(["victim@customer.test"]);
    // The only email the victim gets is our own link, never the sender's text.
    const params = await env.DB.prepare("select params from email_deliveries where notice_id = ?").bind(noticeId).first<{ params: string }>();
    expect(params?.params).not.toContain("Mallory");
  });

  it("limits unproven objections per mailbox (+tags included) and per client", async () => {
    const noticeId = await draftAndPublish("sp_acme_flood");
    const { objections, settled } = publicApi();
    const answers = [];
    for (let i = 0; i < 35; i++) {
      answers.push(await objections.submit({ noticeId, client: "2001:db8:77:1::" + (i + 1).toString(16), organisation: "Flood Inc", contactEmail: `target+${i}@customer.test`, grounds, lang: "en" }));
    }
    await settled();
    expect(answers.filter((a) => a.ok)).toHaveLength(30);
    expect(answers.slice(30)).toEqual(Array(5).fill(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: "rate_limited", status: 429 }) })));
    expect(await linkEmails(noticeId)).toHaveLength(5);
    expect(await objectionRows(noticeId)).toEqual([]);
  });

  it("sends a personal link's receipt only to the address the link was made for", async () => {
    const noticeId = await draftAndPublish("sp_acme_redirect");
    const token = await objectLink("dpo@customer.test", noticeId);
    const redirected = await new ObjectionsApi(env).submit({ noticeId, token, client: "198.51.100.30", organisation: "Customer GmbH", contactEmail: "someone-else@victim.test", grounds, lang: "en" });
    expect(redirected).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400, issues: [{ path: "contactEmail", params: { email: "dpo@customer.test" } }] } });
    expect(await objectionRows(noticeId)).toEqual([]);
    const plusTagged = orThrow(await new ObjectionsApi(env).submit({ noticeId, token, client: "198.51.100.30", organisation: "Customer GmbH", contactEmail: "DPO+legal@customer.test", grounds, lang: "en" }));
    expect(plusTagged.status).toBe("recorded");
    expect(await objectionRows(noticeId)).toEqual([{ contact_email: "dpo@customer.test", organisation: "Customer GmbH" }]);
  });
});
