import { requestLang } from "@/app/_lib/i18n/request-lang";
import { notFound } from "next/navigation";
import { core } from "@/app/_lib/core";
import { colon, formatDate } from "@/app/_lib/i18n/lang";
import { AdminHeader } from "@/app/admin/_components/admin-header";
import { NoticeBadge, ObjectionBadge } from "@/app/admin/_components/badges";
import { EmailHoldNotice } from "@/app/admin/_components/email-hold-notice";
import { WithdrawForm } from "@/app/admin/_components/withdraw-form";
import { requireAdminPage } from "@/app/admin/_lib/guard";
import { fieldLabel } from "@/workers/field-labels";
import { translator, type Messages } from "@/i18n/translate";
import { DeliveryProgress } from "./delivery-progress";
import { NoticeReach } from "./notice-reach";

export const dynamic = "force-dynamic";

// The tab's title in the page's language (requestLang reads the header the middleware set).
export async function generateMetadata() {
  return { title: translator(await requestLang(), "adminNotices")("title") };
}

/** A moment as a datetime-local field holds it, in UTC (the form reads it back as UTC). */
function datetimeLocalUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

type Done = keyof Messages["adminNotices"]["done"];
type Template = keyof Messages["adminNotices"]["templates"];
const doneMessages = new Set<string>(Object.keys({ drafted: 0, edited: 0, deleted: 0, corrected: 0, published: 0, withdrawn: 0, resolved: 0 } satisfies Record<Done, 0>));
const templates = new Set<string>(Object.keys({ "notice-published": 0, "notice-withdrawn": 0, "objection-link": 0, "objection-receipt": 0, "objection-resolved": 0, "termination-right": 0 } satisfies Record<Template, 0>));
const isDone = (done: string): done is Done => doneMessages.has(done);
/** An email's template as the page words it; a template added later without words shows its id. */
const isTemplate = (template: string): template is Template => templates.has(template);

const remedyChoices = ["change_cancelled", "remediated", "feature_stopped", "customer_stops_data"] as const;

// GET /admin/notices/{id} – one notice: its clock, actions, every email and every objection.
export default async function AdminNoticePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; refused?: string; effectiveAt?: string }> }) {
  const { lang, sessionToken, admin } = await requireAdminPage();
  const t = translator(lang, "adminNotices");
  const objectionWords = translator(lang, "adminObjections");
  const { id } = await params;
  const { done, refused: refusedCode, effectiveAt: typedEffectiveAt } = await searchParams;
  const result = await (await core()).notices().get({ sessionToken, noticeId: id });
  if (!result.ok) notFound();
  const { notice, current, objections, deliveries, deliveryCounts: counts, emailHold, now, periods, proposedEffectiveAt } = result.data;
  const proposed = proposedEffectiveAt == null ? null : { shown: formatDate(proposedEffectiveAt, lang), field: datetimeLocalUtc(proposedEffectiveAt) };
  const days = String(periods.noticePeriodDays);
  const refused = refusedCode === "effective_too_early" || refusedCode === "validation_failed" ? refusedCode : null;
  const refusedText =
    refused && proposed && (refused === "effective_too_early" ? t("publishRefused.effective_too_early", { days, earliest: proposed.shown }) : t("publishRefused.validation_failed", { earliest: proposed.shown }));
  const name = String(notice.proposed.name ?? current?.name ?? notice.subprocessorId);
  const doneText = done && isDone(done) ? t(`done.${done}`) : null;
  const owed = counts.sent + counts.pending + counts.failed;
  return (
    <>
      <AdminHeader lang={lang} email={admin.email} />
      <h1>{t(`kinds.${notice.changeKind}`)}{colon(lang)}{name}</h1>
      {doneText && <div className="alert alert-ok" role="status"><p>{doneText}</p></div>}
      <dl className="facts">
        <dt>{t("status")}</dt>
        <dd><NoticeBadge status={notice.status} lang={lang} /></dd>
        <dt>{t("reason")}</dt>
        <dd>{notice.reason}</dd>
        {notice.reasonFrench && <><dt>{fieldLabel("reasonFr", lang)}</dt><dd lang="fr">{notice.reasonFrench}</dd></>}
        <dt>{t("published")}</dt>
        <dd>{formatDate(notice.publishedAt, lang)}</dd>
        <dt>{t("objectionDeadline")}</dt>
        <dd>{formatDate(notice.objectionDeadline, lang)}</dd>
        <dt>{t("effective")}</dt>
        <dd>{formatDate(notice.effectiveAt, lang)}</dd>
        <dt>{t("periodsLabel")}</dt>
        <dd>
          {t("periodsText", { notice: String(periods.noticePeriodDays), objection: String(periods.objectionWindowDays), resolution: String(periods.resolutionPeriodDays) })}
          {notice.status === "draft" && <> ({t("draftPeriodsNote")}, <a href={`/admin/settings?lang=${lang}`}>{t("settingsLink")}</a>)</>}
        </dd>
      </dl>
      {Object.keys(notice.proposed).length > 0 && (
        <details>
          <summary>{t("fieldsLegend")}</summary>
          <dl className="facts">
            {Object.entries(notice.proposed).map(([field, value]) => (
              <div key={field} className="contents"><dt>{fieldLabel(field, lang) ?? field}</dt><dd>{Array.isArray(value) ? value.join(", ") : value}</dd></div>
            ))}
            {Object.entries(notice.proposedFrench ?? {}).map(([field, value]) => (
              <div key={`${field}Fr`} className="contents"><dt>{fieldLabel(`${field}Fr`, lang)}</dt><dd lang="fr">{Array.isArray(value) ? value.join(", ") : value}</dd></div>
            ))}
          </dl>
        </details>
      )}

      {notice.status === "draft" && (
        <p className="actions">
          <a className="button secondary" href={`/admin/notices/${notice.id}/edit?lang=${lang}`}>{t("editDraft")}</a>
          <a className="button secondary" href={`/admin/notices/${notice.id}/delete?lang=${lang}`}>{t("deleteDraft")}</a>
        </p>
      )}
      {notice.status === "draft" && (
        <section className="card stack" id="publish" aria-label={t("publish")}>
          <form className="stack" method="post" action={`/admin/notices/${notice.id}/publish?lang=${lang}`}>
            <input type="hidden" name="csrf" value={admin.csrf} />
            <div className="field">
              <label htmlFor="effectiveAt">{t("effectiveDateLabel")}</label>
              <p className="hint" id="effectiveAt-hint">{t("effectiveDateHint", { days })}</p>
              <p className="hint" id="effectiveAt-zone">{t("effectiveDateZone")}</p>
              {refusedText && <p className="field-error" id="effectiveAt-error" role="alert">{refusedText}</p>}
              <input
                id="effectiveAt"
                name="effectiveAt"
                type="datetime-local"
                defaultValue={refused ? typedEffectiveAt : undefined}
                aria-describedby={refused ? "effectiveAt-error effectiveAt-hint effectiveAt-zone" : "effectiveAt-hint effectiveAt-zone"}
                {...(refused ? { "aria-invalid": true as const } : {})}
              />
            </div>
            <div><button type="submit">{t("publish")}</button></div>
          </form>
          {refused && proposed && (
            <form method="post" action={`/admin/notices/${notice.id}/publish?lang=${lang}`}>
              <input type="hidden" name="csrf" value={admin.csrf} />
              <input type="hidden" name="effectiveAt" value={proposed.field} />
              <button type="submit" className="secondary">{t("publishOnProposed", { earliest: proposed.shown })}</button>
            </form>
          )}
        </section>
      )}
      {(notice.status === "published" || notice.status === "window_closed") && (
        <WithdrawForm lang={lang} csrf={admin.csrf} noticeId={notice.id} />
      )}

      <h2>{t("objections")}</h2>
      {objections.length === 0 && <p>{objectionWords("none")}</p>}
      {objections.map((o) => (
        <article key={o.id} className="card" aria-labelledby={`obj-${o.id}`}>
          <h3 id={`obj-${o.id}`}>{o.organisation} <ObjectionBadge status={o.status} lang={lang} /></h3>
          <dl className="facts">
            <dt>{objectionWords("contact")}</dt><dd>{o.contactEmail}</dd>
            {o.orgName && <><dt>{objectionWords("customerOrg")}</dt><dd data-testid="objection-org">{o.orgName}</dd></>}
            <dt>{objectionWords("received")}</dt><dd>{formatDate(o.receivedAt, lang)}</dd>
            <dt>{objectionWords("resolveBy")}</dt><dd>{formatDate(o.resolutionDeadline, lang)}</dd>
            <dt>{objectionWords("grounds")}</dt><dd>{o.grounds}</dd>
            {o.remedy && (<><dt>{objectionWords("remedyLegend")}</dt><dd>{objectionWords(`remedies.${o.remedy}`)}{o.resolutionNote ? ` — ${o.resolutionNote}` : ""}</dd></>)}
          </dl>
          {o.status === "open" && (
            <form className="stack" method="post" action={`/admin/objections/${o.id}/resolve?lang=${lang}`}>
              <input type="hidden" name="csrf" value={admin.csrf} />
              <input type="hidden" name="noticeId" value={notice.id} />
              <fieldset>
                <legend>{objectionWords("remedyLegend")}</legend>
                {remedyChoices.map((remedy) => (
                  <div className="radio" key={remedy}>
                    <input type="radio" id={`${o.id}-${remedy}`} name="remedy" value={remedy} required />
                    <label htmlFor={`${o.id}-${remedy}`}>{objectionWords(`remedies.${remedy}`)}</label>
                  </div>
                ))}
              </fieldset>
              <div className="field">
                <label htmlFor={`${o.id}-note`}>{objectionWords("note")}</label>
                <textarea id={`${o.id}-note`} name="note" rows={2} maxLength={5000} />
              </div>
              <div><button type="submit">{objectionWords("resolve")}</button></div>
            </form>
          )}
        </article>
      ))}

      <NoticeReach lang={lang} sessionToken={sessionToken} noticeId={notice.id} />
      <h2 id="deliveries-title">{t("deliveries")}</h2>
      <EmailHoldNotice hold={emailHold} pending={counts.pending} now={now} lang={lang} />
      <DeliveryProgress noticeId={notice.id} lang={lang} initial={counts} />
      {deliveries.length < owed && <p>{t("deliveriesShown", { shown: deliveries.length, total: owed })}</p>}
      {deliveries.length === 0 ? (
        <p>{t("noDeliveries")}</p>
      ) : (
        // Between phone and desktop widths the six columns scroll sideways: focusable, so a keyboard can scroll them.
        <div className="table-wrap" role="region" aria-labelledby="deliveries-title" tabIndex={0}>
          <table className="stacked-table">
            <thead>
              <tr><th scope="col">{t("recipient")}</th><th scope="col">{t("template")}</th><th scope="col">{t("status")}</th><th scope="col">{t("attempts")}</th><th scope="col">{t("providerId")}</th><th scope="col">{t("sentAt")}</th></tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.recipient}</th>
                  <td data-label={t("template")}>{isTemplate(d.template) ? t(`templates.${d.template}`) : d.template}</td>
                  <td data-label={t("status")}>{t(`deliveryStatuses.${d.status}`)}</td>
                  <td data-label={t("attempts")}>{d.attempts}</td>
                  <td data-label={t("providerId")}><code>{d.providerId ?? "—"}</code></td>
                  <td data-label={t("sentAt")}>{formatDate(d.sentAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p><a href={`/admin?lang=${lang}`}>{translator(lang, "admin")("back")}</a></p>
    </>
  );
}
