import type { DeliveryRow } from "@/db/queries/emails";
import { findNotice, noticePeriodsOf, type NoticeRow } from "@/db/queries/notices";
import { findObjection } from "@/db/queries/objections";
import { findSubprocessor, type SubprocessorRow } from "@/db/queries/subprocessors";
import { renderHtml } from "@/emails/html";
import { placeholder, withPersonalLinks } from "@/emails/personal-links";
import type { EmailContent, Lang, RenderedEmail } from "@/emails/message";
import { renderText } from "@/emails/text";
import { adminSignIn } from "@/emails/templates/admin-sign-in";
import { calendarIncident, calendarRecovered, type CalendarHealthFacts } from "@/emails/templates/calendar-health";
import type { NoticeFacts, NoticeText } from "@/emails/templates/notice-facts";
import { noticePublished } from "@/emails/templates/notice-published";
import { noticeWithdrawn } from "@/emails/templates/notice-withdrawn";
import type { ObjectionFacts } from "@/emails/templates/objection-facts";
import { objectionLink } from "@/emails/templates/objection-link";
import { objectionReceipt } from "@/emails/templates/objection-receipt";
import { objectionResolved } from "@/emails/templates/objection-resolved";
import { subscribeConfirm } from "@/emails/templates/subscribe-confirm";
import { terminationRight } from "@/emails/templates/termination-right";
import { webhookDisabled } from "@/emails/templates/webhook-disabled";
import { signToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import type { EvidenceReceipt } from "@/emails/templates/evidence-receipt";
import { issueEvidenceReceipt } from "./issue-evidence-receipt";
import { factsFor, proseFor, TRANSLATED_FIELDS, type TranslatedField } from "../domain/french-content";

/** Thrown when a delivery can never be rendered (its notice or objection is gone): it is marked failed. */
export class UnrenderableEmail extends Error {}

/** Thrown when a message is no longer owed (its notice was withdrawn before it went out): it is not sent. */
export class CancelledEmail extends Error {}

/**
 * Turns an owed message into the email to send. Personal links are signed at send time, so no
 * live token is ever stored. A notice's messages come out the same on every rendering; the others
 * (sign-in links, confirmations) are signed afresh on a retry, which is harmless.
 */
export async function renderDelivery(ctx: CoreContext, row: DeliveryRow, lookups: RenderLookups = batchLookups(ctx)): Promise<RenderedEmail> {
  const content = await contentFor(ctx, row, lookups);
  return "personalise" in content ? withPersonalLinks(content.shared, content.personalise) : renderEmail(content, row.lang);
}

function renderEmail(content: EmailContent, lang: Lang): RenderedEmail {
  return {
    subject: content.subject,
    html: renderHtml(content.blocks, lang, content.subject, content.preview),
    text: renderText(content.blocks, lang),
    headers: content.headers ?? {},
  };
}

/** A fan-out message: the batch's shared rendering and this reader's links to put into it. */
interface PersonalisedEmail {
  shared: RenderedEmail;
  personalise: Record<string, string>;
}

/**
 * Reads shared by the messages of one batch. A fan-out batch is 100 messages about the same notice:
 * reading the notice and its subprocessor once per batch, not once per message, is most of the
 * difference between a 10,000-recipient fan-out in seconds and in a minute. A batch is rendered in
 * one go, so every message in it says the same facts.
 */
export interface RenderLookups {
  notice(noticeId: string): Promise<NoticeView>;
  /** The evidence receipt for the entry of `kind` about `ref`, once per batch. */
  receipt(kind: string, ref: string): Promise<EvidenceReceipt>;
  /** One rendering per key (template, language, notice) for the whole batch. */
  shared(key: string, render: () => RenderedEmail): RenderedEmail;
}

export function batchLookups(ctx: CoreContext): RenderLookups {
  const notices = new Map<string, Promise<NoticeView>>();
  const renderings = new Map<string, RenderedEmail>();
  const receipts = new Map<string, Promise<EvidenceReceipt>>();
  return {
    notice(noticeId) {
      let found = notices.get(noticeId);
      if (!found) notices.set(noticeId, (found = noticeFacts(ctx, noticeId)));
      return found;
    },
    receipt(kind, ref) {
      let found = receipts.get(`${kind}:${ref}`);
      if (!found) receipts.set(`${kind}:${ref}`, (found = issueEvidenceReceipt(ctx, kind, ref)));
      return found;
    },
    shared(key, render) {
      let found = renderings.get(key);
      if (!found) renderings.set(key, (found = render()));
      return found;
    },
  };
}

async function contentFor(ctx: CoreContext, row: DeliveryRow, lookups: RenderLookups): Promise<EmailContent | PersonalisedEmail> {
  const p = row.params;
  const lang = row.lang;
  const url = (path: string) => `${ctx.config.APP_ORIGIN}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
  const token = (purpose: Parameters<typeof signToken>[1], subject: string, claims: Record<string, string> = {}) =>
    signToken(ctx.config.AUTH_SECRET, purpose, subject, ctx.clock.now(), claims);
  // A notice's links are signed as of when the message was owed, with an id made from the
  // delivery, so a batch rendered again after a timeout is the same payload byte for byte: the
  // provider answers from its record (with the message ids) instead of refusing it as different.
  // Their lifetimes (60 and 400 days) dwarf any delay; a sign-in link's 15 minutes would not.
  const listToken = (purpose: "object" | "unsubscribe", subject: string, claims: Record<string, string> = {}) =>
    signToken(ctx.config.AUTH_SECRET, purpose, subject, row.createdAt, claims, { jti: `${row.id}.${purpose}` });

  switch (row.template) {
    case "subscribe-confirm":
      return subscribeConfirm({ confirmUrl: url(`/subprocessors/confirm?token=${await token("subscribe-confirm", requiredParam(p.subscriberId))}`) }, lang);
    case "admin-sign-in":
      return adminSignIn({ signInUrl: url(`/admin/sign-in/verify?token=${await token("admin-sign-in", row.recipient)}`) }, lang);
    case "notice-published":
    case "notice-withdrawn": {
      const notice = await lookups.notice(requiredParam(p.noticeId));
      // Announcing a change already withdrawn would mislead; the withdrawal message says what matters.
      if (row.template === "notice-published" && notice.status === "withdrawn") throw new CancelledEmail("notice withdrawn before this message was sent");
      const noticeUrl = url(`/subprocessors/notices/${notice.id}`);
      // A contact's links name the contact: its unsubscribe turns that contact off, and an
      // objection from its link is tied to its organisation. A contact who also subscribed gets
      // only this copy, so its unsubscribe names the subscription too and stops both.
      const reader = p.contactId ?? requiredParam(p.subscriberId);
      const alsoSubscribed: Record<string, string> = p.contactId && p.subscriberId ? { subscriberId: p.subscriberId } : {};
      const unsubscribeUrl = url(`/subprocessors/unsubscribe?token=${await listToken("unsubscribe", reader, alsoSubscribed)}`);
      if (row.template === "notice-withdrawn") {
        const shared = lookups.shared(`${row.template}:${lang}:${notice.id}`, () =>
          renderEmail(noticeWithdrawn({ notice: notice.facts[lang], noticeUrl, unsubscribeUrl: placeholder("unsubscribe") }, lang), lang),
        );
        return { shared, personalise: { unsubscribe: unsubscribeUrl } };
      }
      const objectUrl = url(`/subprocessors/notices/${notice.id}/object?token=${await listToken("object", row.recipient, { noticeId: notice.id, ...(p.contactId ? { contactId: p.contactId } : {}) })}`);
      const receipt = await lookups.receipt("notice.published", notice.id);
      const shared = lookups.shared(`${row.template}:${lang}:${notice.id}`, () =>
        renderEmail(noticePublished({ notice: notice.facts[lang], noticeUrl, objectUrl: placeholder("object"), unsubscribeUrl: placeholder("unsubscribe"), receipt }, lang), lang),
      );
      return { shared, personalise: { object: objectUrl, unsubscribe: unsubscribeUrl } };
    }
    case "objection-link": {
      const notice = await lookups.notice(requiredParam(p.noticeId));
      const objectUrl = url(`/subprocessors/notices/${notice.id}/object?token=${await token("object", row.recipient, { noticeId: notice.id })}`);
      return objectionLink({ notice: notice.facts[lang], objectUrl }, lang);
    }
    case "objection-receipt":
    case "objection-resolved":
    case "termination-right": {
      const objection = await objectionFacts(ctx, lookups, requiredParam(p.objectionId), lang);
      if (row.template === "objection-receipt") return objectionReceipt({ objection, receipt: await lookups.receipt("objection.received", objection.id) }, lang);
      if (row.template === "objection-resolved") return objectionResolved({ objection }, lang);
      return terminationRight({ objection, audience: p.audience === "vendor" ? "vendor" : "customer" }, lang);
    }
    case "calendar-incident":
    case "calendar-recovered": {
      const facts: CalendarHealthFacts = {
        displayName: requiredParam(p.displayName),
        incidentStart: Number(requiredParam(p.incidentStart)),
        timeZone: requiredParam(p.timeZone),
        displayUrl: url(`/admin/rooms/${requiredParam(p.displayId)}`),
      };
      if (row.template === "calendar-recovered") return calendarRecovered(facts, lang);
      const health = p.health === "stale" || p.health === "needs_sign_in" ? p.health : "error";
      return calendarIncident({ ...facts, health }, lang);
    }
    case "webhook-disabled":
      return webhookDisabled(
        { url: requiredParam(p.url), failures: Number(requiredParam(p.failures)), failingSince: Number(requiredParam(p.failingSince)), webhooksUrl: url("/admin/webhooks") },
        lang,
      );
    default:
      throw new UnrenderableEmail(`unknown template ${row.template}`);
  }
}

function requiredParam(value: string | undefined): string {
  if (!value) throw new UnrenderableEmail("a delivery is missing a parameter its template needs");
  return value;
}

interface NoticeView {
  id: string;
  status: NoticeRow["status"];
  /** What the emails say, in each reader's language (issue 16: French where it was written). */
  facts: Record<Lang, NoticeFacts>;
}

async function noticeFacts(ctx: CoreContext, noticeId: string): Promise<NoticeView> {
  const notice = await findNotice(ctx.db, noticeId);
  if (!notice) throw new UnrenderableEmail(`notice ${noticeId} not found`);
  const current = await findSubprocessor(ctx.db, notice.subprocessorId);
  return { id: notice.id, status: notice.status, facts: { en: factsOf(notice, current, "en"), fr: factsOf(notice, current, "fr") } };
}

/**
 * For a change, the proposal holds only what changes: the rest comes from the current row. French
 * follows the same rule, except that a field the notice changes in English without French is
 * read in English: the listed French describes what it replaces.
 */
function factsOf(notice: NoticeRow, current: SubprocessorRow | undefined, lang: Lang): NoticeFacts {
  const proposed = notice.proposed as Record<string, unknown>;
  const english = { ...(current ?? {}), ...proposed } as Record<string, unknown>;
  const french = Object.fromEntries(
    TRANSLATED_FIELDS.flatMap((field) => {
      const value = notice.proposedFrench?.[field] ?? (field in proposed ? undefined : current?.french?.[field]);
      return value === undefined ? [] : [[field, value]];
    }),
  );
  const merged = factsFor(english, french, lang) as Record<string, unknown> & { untranslated: TranslatedField[] };
  const reason = proseFor(notice.reason, notice.reasonFrench, lang);
  const withdrawal = notice.withdrawalReason ? proseFor(notice.withdrawalReason, notice.withdrawalReasonFrench, lang) : null;
  // What a reader of another language is given in English, for the templates to mark lang="en".
  const inEnglish: NoticeText[] =
    lang === "en" ? [] : [...merged.untranslated, ...(reason.lang === "en" ? (["reason"] as const) : []), ...(withdrawal?.lang === "en" ? (["withdrawalReason"] as const) : [])];
  const factOrDash = (key: string) => (typeof merged[key] === "string" ? (merged[key] as string) : "—");
  return {
    changeKind: notice.changeKind,
    subprocessorName: factOrDash("name"),
    legalEntity: factOrDash("legalEntity"),
    purpose: factOrDash("purpose"),
    location: factOrDash("location"),
    dataCategories: Array.isArray(merged.dataCategories) ? (merged.dataCategories as string[]) : [],
    transferMechanism: factOrDash("transferMechanism"),
    reason: reason.text,
    publishedAt: notice.publishedAt,
    objectionDeadline: notice.objectionDeadline,
    effectiveAt: notice.effectiveAt,
    periods: noticePeriodsOf(notice),
    withdrawalReason: withdrawal?.text ?? null,
    inEnglish,
  };
}

async function objectionFacts(ctx: CoreContext, lookups: RenderLookups, objectionId: string, lang: Lang): Promise<ObjectionFacts> {
  const objection = await findObjection(ctx.db, objectionId);
  if (!objection) throw new UnrenderableEmail(`objection ${objectionId} not found`);
  const notice = await lookups.notice(objection.noticeId);
  return {
    ...objection,
    subprocessorName: notice.facts[lang].subprocessorName,
    noticeUrl: `${ctx.config.APP_ORIGIN}/subprocessors/notices/${notice.id}?lang=${lang}`,
  };
}
