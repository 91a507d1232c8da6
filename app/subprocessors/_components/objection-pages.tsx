import type { showObjectionForm } from "@/workers/use-cases/show-objection-form";
import { HtmlDocument } from "@/app/_lib/document";
import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { ErrorSummary, type FormError } from "./form-errors";
import { MessagePage } from "./message-page";
import { noticeHref } from "./notice-parts";

/** What the core's objection form call returns (type only: the app never imports worker code). */
export type ObjectionFormView = Awaited<ReturnType<typeof showObjectionForm>>;

export interface ObjectionValues {
  organisation: string;
  contactEmail: string;
  grounds: string;
  linkEmail: string;
}

export const emptyObjection: ObjectionValues = { organisation: "", contactEmail: "", grounds: "", linkEmail: "" };

function objectPath(noticeId: string): string {
  return `/subprocessors/notices/${encodeURIComponent(noticeId)}/object`;
}

function titleOf(view: ObjectionFormView, lang: Lang): string {
  return translator(lang, "subprocessors")("objectTitle", { name: view.notice.subprocessorName });
}

/** One labelled field with its hint and error wired to it for assistive technology. */
function Field(props: { id: string; name: string; label: string; hint?: string; error?: string; value: string; kind: "text" | "email" | "textarea"; maxLength: number; autoComplete?: string; readOnly?: boolean }) {
  const describedBy = [props.error ? `${props.id}-error` : "", props.hint ? `${props.id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id: props.id,
    name: props.name,
    required: true,
    maxLength: props.maxLength,
    defaultValue: props.value,
    autoComplete: props.autoComplete,
    readOnly: props.readOnly,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": describedBy,
  } as const;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && <p className="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.error && <p className="field-error" id={`${props.id}-error`}>{props.error}</p>}
      {props.kind === "textarea" ? <textarea {...common} /> : <input type={props.kind} {...common} />}
    </div>
  );
}

/**
 * The objection form. The receipt and the answer go to the contact address, so it must be proven
 * first: without a personal link (token) the page only asks for the address and emails it a link;
 * with one, the full form, with the link's address as the contact address.
 */
export function ObjectionFormPage({ lang, view, token, values, errors = [] }: { lang: Lang; view: ObjectionFormView; token?: string; values: ObjectionValues; errors?: FormError[] }) {
  const t = translator(lang, "subprocessors");
  const { notice } = view;
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const action = `${objectPath(notice.id)}?lang=${lang}`;
  return (
    <HtmlDocument lang={lang} title={titleOf(view, lang)} path={objectPath(notice.id) + (token ? `?token=${encodeURIComponent(token)}` : "")}>
      <h1>{titleOf(view, lang)}</h1>
      <ErrorSummary lang={lang} errors={errors} />
      <p>{t("objectIntro", { resolutionDays: notice.periods.resolutionPeriodDays })}</p>
      <p>{t("objectUntil", { deadline: formatDate(notice.objectionDeadline, lang) })} <a href={noticeHref(notice.id, lang)}>{t("readNotice", { name: notice.subprocessorName })}</a></p>
      {token ? (
        <form className="stack" method="post" action={action} noValidate={errors.length > 0}>
          <input type="hidden" name="intent" value="object" />
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="token" value={token} />
          <Field id="organisation" name="organisation" label={t("organisationLabel")} kind="text" maxLength={200} autoComplete="organization" value={values.organisation} error={errorOf("organisation")} />
          <Field id="contactEmail" name="contactEmail" label={t("contactEmailLabel")} hint={`${t("contactEmailHint")} ${t("contactEmailFromLink")}`} kind="email" maxLength={254} autoComplete="email" value={values.contactEmail} error={errorOf("contactEmail")} readOnly />
          <Field id="grounds" name="grounds" label={t("groundsLabel")} hint={t("groundsHint")} kind="textarea" maxLength={5000} value={values.grounds} error={errorOf("grounds")} />
          <div className="actions"><button type="submit">{t("objectButton")}</button></div>
        </form>
      ) : (
        <section aria-labelledby="link-heading">
          <h2 id="link-heading">{t("linkHeading")}</h2>
          <p>{t("linkText")}</p>
          <form className="stack" method="post" action={action} noValidate={errors.length > 0}>
            <input type="hidden" name="intent" value="link" />
            <input type="hidden" name="lang" value={lang} />
            <Field id="link-email" name="email" label={t("linkEmailLabel")} kind="email" maxLength={254} autoComplete="email" value={values.linkEmail} error={errorOf("link-email")} />
            <div className="actions"><button type="submit">{t("linkButton")}</button></div>
          </form>
        </section>
      )}
    </HtmlDocument>
  );
}

/**
 * An objection posted without a personal link: nothing was recorded, a link went to the contact
 * address. What the person wrote is shown back, so nothing they typed is lost.
 */
export function ObjectionLinkSentPage({ lang, noticeId, values }: { lang: Lang; noticeId: string; values: ObjectionValues }) {
  const t = translator(lang, "subprocessors");
  return (
    <MessagePage lang={lang} title={t("linkSentTitle")} path={objectPath(noticeId)} tone="info">
      <p>{t("linkSentText", { email: values.contactEmail.toLowerCase() })}</p>
      <p>{t("checkInboxSpam")}</p>
      {values.grounds.trim() && (
        <>
          <p><label htmlFor="kept-grounds">{t("linkSentKeep")}</label></p>
          <textarea id="kept-grounds" readOnly defaultValue={`${values.organisation}\n\n${values.grounds}`.trim()} />
        </>
      )}
      <p><a href={noticeHref(noticeId, lang)}>{t("backToNotice")}</a></p>
    </MessagePage>
  );
}

/** The window has closed: say so with the dates, and point back to the notice. */
export function WindowClosedPage({ lang, view }: { lang: Lang; view: ObjectionFormView }) {
  const t = translator(lang, "subprocessors");
  const { notice } = view;
  return (
    <MessagePage lang={lang} title={t("windowClosedTitle")} path={objectPath(notice.id)} tone="info">
      <p>{t("windowClosedDates", { noticed: formatDate(notice.publishedAt, lang), deadline: formatDate(notice.objectionDeadline, lang) })}</p>
      <p><a href={noticeHref(notice.id, lang)}>{t("backToNotice")}</a></p>
    </MessagePage>
  );
}

export function ObjectionReceivedPage({ lang, noticeId, received, contactEmail }: { lang: Lang; noticeId: string; received: { objectionId: string; receivedAt: number; resolutionDeadline: number }; contactEmail: string }) {
  const t = translator(lang, "subprocessors");
  return (
    <MessagePage lang={lang} title={t("objectionReceivedTitle")} path={noticeHref(noticeId, lang).split("?")[0]!} tone="ok">
      <p>{t("objectionReceivedText", { received: formatDate(received.receivedAt, lang) })}</p>
      <dl className="facts">
        <dt>{t("objectionReference")}</dt>
        <dd><code>{received.objectionId}</code></dd>
        <dt>{t("objectionAnswerBy")}</dt>
        <dd>{formatDate(received.resolutionDeadline, lang)}</dd>
      </dl>
      <p>{t("objectionReceipt", { email: contactEmail })}</p>
      <p><a href={noticeHref(noticeId, lang)}>{t("backToNotice")}</a></p>
    </MessagePage>
  );
}
