import { env, runDurableObjectAlarm } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { enqueueNoticeFanout, enqueueNoticeWithdrawnFanout, markDeliverySent } from "@/db/queries/emails";
import { listEvidence } from "@/db/queries/evidence";
import { findContact } from "@/db/queries/notice-contacts";
import { findSubscriber } from "@/db/queries/subscribers";
import { emailDeliveries, subscribers } from "@/db/schema";
import { upsertAdmin } from "@/db/queries/admins";
import { signToken, verifyToken } from "../auth/tokens";
import { orThrow, type Result } from "../errors";
import { insertNotice } from "../test/notice-fixture";
import { createTestOrg } from "../test/room-fixture";
import { newId } from "../ids";
import { renderDelivery } from "../use-cases/render-delivery";
import { requireAdmin } from "../auth/session";
import { noticeClock } from "../objects/notice-clock";
import { ContactsApi } from "./contacts";
import { createContext } from "./context";
import { EmailEventsApi } from "./email-events";
import { NoticesApi } from "./notices";
import { ObjectionsApi } from "./objections";
import { PortalApi } from "./portal";

const db = createDb(env.DB);
const contacts = new ContactsApi(env);
const status = (result: Result<unknown>) => (result.ok ? 200 : result.error.status);

async function contactDeliveries(noticeId: string) {
  return (await db.select().from(emailDeliveries).where(eq(emailDeliveries.noticeId, noticeId)).all()).filter((d) => d.params.contactId);
}

/** One of Resend's delivery webhooks about a sent message, signed as Svix signs it, through the core. */
async function webhook(type: "email.bounced" | "email.delivered", providerId: string, to: string) {
  const bounce = type === "email.bounced" ? { bounce: { type: "Permanent", subType: "General", message: "No such mailbox" } } : {};
  const payload = JSON.stringify({ type, created_at: new Date().toISOString(), data: { email_id: providerId, created_at: new Date().toISOString(), from: "n@roomtrust.test", to: [to], subject: "Notice", ...bounce } });
  const id = `msg_${crypto.randomUUID()}`;
  const at = new Date();
  const signature = new Webhook(env.RESEND_WEBHOOK_SECRET!).sign(id, at, payload);
  return orThrow(await new EmailEventsApi(env).record({ payload, headers: { id, timestamp: String(Math.floor(at.getTime() / 1000)), signature } }));
}

/** Marks the notice's message to this contact sent, as the provider knows it. */
async function sentToContact(noticeId: string, contactId: string) {
  const [owed] = (await contactDeliveries(noticeId)).filter((d) => d.params.contactId === contactId);
  const providerId = crypto.randomUUID();
  await markDeliverySent(db, owed!.id, providerId, "Notice", Date.now());
  return providerId;
}

async function evidenceAbout(ref: string) {
  return (await listEvidence(db)).filter((e) => e.ref === ref).map((e) => ({ kind: e.kind, actor: e.actor, payload: JSON.parse(e.payload) as Record<string, unknown> }));
}

describe("an organisation's notice contacts", () => {
  it("are added and removed by the organisation's admin, with evidence, and refuse what is not a contact", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await contacts.list({ sessionToken: t.sessionToken }));
    const bad = await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: " ", contactRole: "boss", contactEmail: "not-an-address" });
    expect(bad.ok ? [] : bad.error.issues.map((i) => i.path).sort()).toEqual(["contactEmail", "contactName", "contactRole"]);
    expect(status(await contacts.add({ sessionToken: t.sessionToken, csrf: "wrong", contactName: "Dana", contactRole: "dpo", contactEmail: "dana@org.test" }))).toBe(403);

    const { id } = orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Dana Prot", contactRole: "dpo", contactEmail: " Dana@Org.test " }));
    expect(orThrow(await contacts.list({ sessionToken: t.sessionToken })).contacts).toEqual([
      expect.objectContaining({ id, name: "Dana Prot", role: "dpo", email: "dana@org.test", status: "active" }),
    ]);
    // Another organisation's admin cannot remove it.
    const other = await createTestOrg(db, 0);
    const otherCsrf = orThrow(await contacts.list({ sessionToken: other.sessionToken })).csrf;
    expect(status(await contacts.remove({ sessionToken: other.sessionToken, csrf: otherCsrf, id }))).toBe(404);

    orThrow(await contacts.remove({ sessionToken: t.sessionToken, csrf, id }));
    expect(orThrow(await contacts.list({ sessionToken: t.sessionToken })).contacts).toEqual([]);
    expect(await evidenceAbout(id)).toEqual([
      { kind: "notice_contact.added", actor: t.admin, payload: expect.objectContaining({ orgId: t.org.id, email: "dana@org.test", role: "dpo" }) },
      { kind: "notice_contact.removed", actor: t.admin, payload: expect.objectContaining({ orgId: t.org.id, email: "dana@org.test", previousStatus: "active" }) },
    ]);
    // Added again, it is the same contact, active again.
    expect(orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Dana P.", contactRole: "legal", contactEmail: "dana@org.test" })).id).toBe(id);
    expect(await findContact(db, id)).toMatchObject({ status: "active", name: "Dana P.", role: "legal" });
  });

  it("get every notice without opting in, in their organisation's language; one click turns a contact off", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await contacts.list({ sessionToken: t.sessionToken }));
    const { id } = orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Lee Gal", contactRole: "legal", contactEmail: `legal-${t.org.slug}@org.test` }));
    const removed = orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Gone", contactRole: "other", contactEmail: `gone-${t.org.slug}@org.test` })).id;
    orThrow(await contacts.remove({ sessionToken: t.sessionToken, csrf, id: removed }));

    const noticeId = await insertNotice(db);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await enqueueNoticeFanout(db, noticeId, Date.now());
    const owed = (await contactDeliveries(noticeId)).filter((d) => d.params.orgId === t.org.id);
    expect(owed.map((d) => ({ key: d.idempotencyKey, recipient: d.recipient, lang: d.lang }))).toEqual([
      { key: `notice:${noticeId}:contact:${id}`, recipient: `legal-${t.org.slug}@org.test`, lang: "en" },
    ]);

    const email = await renderDelivery(await createContext(env), owed[0]!);
    expect(email.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const token = /token=([^>&]+)/.exec(email.headers["List-Unsubscribe"]!)![1]!;
    expect((await verifyToken(env.AUTH_SECRET, "unsubscribe", token, Date.now())).sub).toBe(id);
    const portal = new PortalApi(env);
    expect(orThrow(await portal.previewUnsubscribe({ token }))).toEqual({ status: "subscribed", emailHint: "l•••@org.test" });
    // RFC 8058: the mail provider's one-click POST.
    expect(orThrow(await portal.unsubscribe({ token, via: "one-click" }))).toEqual({ status: "unsubscribed", lang: "en" });
    expect(orThrow(await portal.unsubscribe({ token, via: "one-click" }))).toEqual({ status: "already_unsubscribed", lang: "en" });
    expect(await findContact(db, id)).toMatchObject({ status: "unsubscribed" });
    expect((await evidenceAbout(id)).map((e) => e.kind)).toContain("notice_contact.unsubscribed");

    const next = await insertNotice(db);
    await enqueueNoticeFanout(db, next, Date.now());
    expect((await contactDeliveries(next)).filter((d) => d.params.orgId === t.org.id)).toEqual([]);
  });

  it("give a person who is both a subscriber and a contact one copy, the contact's, whose unsubscribe stops both", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await contacts.list({ sessionToken: t.sessionToken }));
    const address = `both-${t.org.slug}@org.test`;
    const contactId = orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Bo Th", contactRole: "dpo", contactEmail: address })).id;
    // Written as an older import could have: another case, stray spaces. Still the same person.
    const subscriberId = newId("sub");
    await db.insert(subscribers).values({ id: subscriberId, email: ` Both-${t.org.slug}@Org.TEST `, lang: "fr", status: "confirmed", createdAt: Date.now(), confirmedAt: Date.now() });
    const toPerson = async (noticeId: string) =>
      (await db.select().from(emailDeliveries).where(eq(emailDeliveries.noticeId, noticeId)).all()).filter((d) => d.recipient.trim().toLowerCase() === address);

    const noticeId = await insertNotice(db);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await enqueueNoticeFanout(db, noticeId, Date.now());
    const [copy, ...more] = await toPerson(noticeId);
    expect(more).toEqual([]);
    // In the language the person subscribed in (French), not the organisation's (English).
    expect(copy).toMatchObject({ idempotencyKey: `notice:${noticeId}:contact:${contactId}`, lang: "fr", params: { noticeId, contactId, orgId: t.org.id, subscriberId } });
    // The withdrawal news follows the same rule.
    await enqueueNoticeWithdrawnFanout(db, noticeId, Date.now());
    expect((await toPerson(noticeId)).map((d) => d.idempotencyKey)).toEqual([copy!.idempotencyKey, `notice-withdrawn:${noticeId}:contact:${contactId}`]);

    // The organisation's reach counts the person, as its contact.
    await webhook("email.delivered", await sentToContact(noticeId, contactId), address);
    await upsertAdmin(db, "vendor-once@vendor.test", "vendor_admin", Date.now());
    const vendor = await signToken(env.AUTH_SECRET, "session", "vendor-once@vendor.test", Date.now());
    const reach = orThrow(await contacts.noticeReach({ sessionToken: vendor, noticeId })).organisations.find((o) => o.orgId === t.org.id);
    expect(reach).toMatchObject({ told: 1, owed: 0, delivered: 1, unreached: null });

    // Its one-click unsubscribe stops the contact and the subscription, each with its evidence.
    const email = await renderDelivery(await createContext(env), copy!);
    const token = /token=([^>&]+)/.exec(email.headers["List-Unsubscribe"]!)![1]!;
    const portal = new PortalApi(env);
    // The page answers in the language the email was in: the person's French.
    expect(orThrow(await portal.unsubscribe({ token, via: "one-click" }))).toEqual({ status: "unsubscribed", lang: "fr" });
    expect(await findContact(db, contactId)).toMatchObject({ status: "unsubscribed" });
    expect(await findSubscriber(db, subscriberId)).toMatchObject({ status: "unsubscribed" });
    expect((await evidenceAbout(contactId)).map((e) => e.kind)).toContain("notice_contact.unsubscribed");
    expect(await evidenceAbout(subscriberId)).toEqual([{ kind: "subscriber.unsubscribed", actor: `subscriber:${subscriberId}`, payload: { via: "one-click", previousStatus: "confirmed" } }]);
    expect(orThrow(await portal.unsubscribe({ token, via: "page" }))).toEqual({ status: "already_unsubscribed", lang: "fr" });
    const next = await insertNotice(db);
    await enqueueNoticeFanout(db, next, Date.now());
    expect(await toPerson(next)).toEqual([]);
  });

  it("stops a contact whose link names a subscription that is gone since", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await contacts.list({ sessionToken: t.sessionToken }));
    const address = `gone-${t.org.slug}@org.test`;
    const contactId = orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Go Ne", contactRole: "dpo", contactEmail: address })).id;
    const subscriberId = newId("sub");
    await db.insert(subscribers).values({ id: subscriberId, email: address, lang: "fr", status: "confirmed", createdAt: Date.now(), confirmedAt: Date.now() });
    const noticeId = await insertNotice(db);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    const [copy] = (await db.select().from(emailDeliveries).where(eq(emailDeliveries.noticeId, noticeId)).all()).filter((d) => d.recipient === address);
    const email = await renderDelivery(await createContext(env), copy!);
    const token = /token=([^>&]+)/.exec(email.headers["List-Unsubscribe"]!)![1]!;
    // Erased after the email went out.
    await db.delete(subscribers).where(eq(subscribers.id, subscriberId));
    const portal = new PortalApi(env);
    expect(orThrow(await portal.unsubscribe({ token, via: "one-click" }))).toMatchObject({ status: "unsubscribed" });
    expect(await findContact(db, contactId)).toMatchObject({ status: "unsubscribed" });
  });

  it("keep one copy when the audience changes between two runs of the same fan-out", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await contacts.list({ sessionToken: t.sessionToken }));
    const subscribedFirst = `first-${t.org.slug}@org.test`;
    const contactFirst = `contact-${t.org.slug}@org.test`;
    const now = Date.now();
    await db.insert(subscribers).values({ id: newId("sub"), email: subscribedFirst, lang: "en", status: "confirmed", createdAt: now, confirmedAt: now });
    const contactId = orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Con", contactRole: "legal", contactEmail: contactFirst })).id;
    const noticeId = await insertNotice(db);
    await enqueueNoticeFanout(db, noticeId, now);

    // Between the runs (an alarm retried after a crash), the subscriber becomes a contact, the
    // contact turns itself off and subscribes; the repeat owes neither a second copy.
    orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Sub", contactRole: "dpo", contactEmail: subscribedFirst }));
    const contactEmail = await renderDelivery(await createContext(env), (await contactDeliveries(noticeId)).find((d) => d.params.contactId === contactId)!);
    orThrow(await new PortalApi(env).unsubscribe({ token: /token=([^>&]+)/.exec(contactEmail.headers["List-Unsubscribe"]!)![1]!, via: "one-click" }));
    await db.insert(subscribers).values({ id: newId("sub"), email: contactFirst, lang: "en", status: "confirmed", createdAt: now, confirmedAt: now });
    await enqueueNoticeFanout(db, noticeId, now);

    const keys = (await db.select().from(emailDeliveries).where(eq(emailDeliveries.noticeId, noticeId)).all())
      .filter((d) => d.recipient === subscribedFirst || d.recipient === contactFirst)
      .map((d) => `${d.recipient} ${d.idempotencyKey.split(":")[2]}`)
      .sort();
    expect(keys).toEqual([`${contactFirst} contact`, `${subscribedFirst} sub`]);
  });

  it("stop getting notices when the provider reports a permanent bounce", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await contacts.list({ sessionToken: t.sessionToken }));
    const email = `bouncy-${t.org.slug}@org.test`;
    const { id } = orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Sec Urity", contactRole: "security", contactEmail: email }));
    const noticeId = await insertNotice(db);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    const providerId = await sentToContact(noticeId, id);
    const recorded = await webhook("email.bounced", providerId, email);
    expect(recorded).toMatchObject({ recorded: true, outcome: "bounced", listMailStopped: true });
    expect(await findContact(db, id)).toMatchObject({ status: "suppressed", suppressedReason: "bounced" });
    expect(orThrow(await contacts.list({ sessionToken: t.sessionToken })).contacts).toEqual([expect.objectContaining({ id, status: "suppressed", suppressedReason: "bounced" })]);
  });

  it("show the vendor, per organisation, whom a notice reached and which organisations it cannot reach", async () => {
    const [reached, bounced, empty] = [await createTestOrg(db, 0), await createTestOrg(db, 0), await createTestOrg(db, 0)];
    const add = async (t: typeof reached, email: string) =>
      orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf: orThrow(await contacts.list({ sessionToken: t.sessionToken })).csrf, contactName: "Pat", contactRole: "dpo", contactEmail: email })).id;
    const good = await add(reached, `dpo-${reached.org.slug}@org.test`);
    const bad = await add(bounced, `dpo-${bounced.org.slug}@org.test`);
    const noticeId = await insertNotice(db);
    await enqueueNoticeFanout(db, noticeId, Date.now());
    await webhook("email.delivered", await sentToContact(noticeId, good), `dpo-${reached.org.slug}@org.test`);
    await webhook("email.bounced", await sentToContact(noticeId, bad), `dpo-${bounced.org.slug}@org.test`);

    await upsertAdmin(db, "vendor-reach@vendor.test", "vendor_admin", Date.now());
    const vendor = await signToken(env.AUTH_SECRET, "session", "vendor-reach@vendor.test", Date.now());
    const { organisations } = orThrow(await contacts.noticeReach({ sessionToken: vendor, noticeId }));
    const of = (t: typeof reached) => organisations.find((o) => o.orgId === t.org.id);
    expect(of(reached)).toEqual({ orgId: reached.org.id, name: reached.org.name, told: 1, owed: 0, delivered: 1, refused: 0, unreached: null });
    expect(of(bounced)).toEqual({ orgId: bounced.org.id, name: bounced.org.name, told: 1, owed: 0, delivered: 0, refused: 1, unreached: "all_stopped" });
    expect(of(empty)).toEqual({ orgId: empty.org.id, name: empty.org.name, told: 0, owed: 0, delivered: 0, refused: 0, unreached: "no_contact" });
    // Only the vendor sees it; an organisation's admin is refused.
    expect(status(await contacts.noticeReach({ sessionToken: reached.sessionToken, noticeId }))).toBe(403);
  });

  it("tie an objection made from a contact's own link to the contact's organisation, on the objection and in its evidence", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await contacts.list({ sessionToken: t.sessionToken }));
    const email = `dpo-${t.org.slug}@org.test`;
    const contactId = orThrow(await contacts.add({ sessionToken: t.sessionToken, csrf, contactName: "Dee", contactRole: "dpo", contactEmail: email })).id;
    await upsertAdmin(db, "vendor-objections@vendor.test", "vendor_admin", Date.now());
    const vendor = await signToken(env.AUTH_SECRET, "session", "vendor-objections@vendor.test", Date.now());
    const vendorCsrf = (await requireAdmin(await createContext(env), vendor)).csrf;
    const notices = new NoticesApi(env);
    const subprocessorId = `sp_tie_${t.org.slug.slice(2)}`;
    const proposed = { name: `Tie Analytics ${t.org.slug}`, legalEntity: "Tie SAS", purpose: "Analytics", location: "France", dataCategories: ["Usage events"], transferMechanism: "EEA", website: "https://tie.example" };
    const { noticeId } = orThrow(await notices.draft({ sessionToken: vendor, csrf: vendorCsrf, changeKind: "add", subprocessorId, proposed, reason: "Usage." }));
    orThrow(await notices.publish({ sessionToken: vendor, csrf: vendorCsrf, noticeId }));
    await runDurableObjectAlarm(noticeClock(env, noticeId));

    const [owed] = (await contactDeliveries(noticeId)).filter((d) => d.params.contactId === contactId);
    const rendered = await renderDelivery(await createContext(env), owed!);
    const token = new URL(/https?:\/\/\S+\/object\?token=[^\s>"]+/.exec(rendered.text)![0]).searchParams.get("token")!;
    // The person typed another name; the link says whose contact they are.
    orThrow(await new ObjectionsApi(env).submit({ noticeId, token, client: "198.51.100.7", organisation: "Legal dept", contactEmail: email, grounds: "Our works council has not approved this transfer.", lang: "en" }));

    const shown = orThrow(await notices.get({ sessionToken: vendor, noticeId }));
    expect(shown.objections).toEqual([expect.objectContaining({ organisation: "Legal dept", contactEmail: email, orgId: t.org.id, orgName: t.org.name })]);
    const received = (await listEvidence(db)).map((e) => ({ kind: e.kind, payload: JSON.parse(e.payload) as Record<string, unknown> })).find((e) => e.kind === "objection.received" && e.payload.noticeId === noticeId);
    expect(received?.payload).toMatchObject({ organisation: "Legal dept", orgId: t.org.id });
  });
});
