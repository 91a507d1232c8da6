import type { FieldIssue } from "@/workers/errors";
import { HtmlDocument } from "@/app/_lib/document";
import { issueText } from "@/app/_lib/i18n/issue-text";
import { IssueSummary } from "@/app/_lib/issue-summary";
import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { FRENCH_FACT_FIELDS, FrenchFieldset, issueAbout } from "./french-fields";

const fieldNames = ["name", "legalEntity", "purpose", "location", "dataCategories", "transferMechanism", "website"] as const;

export interface NoticeFormProps {
  lang: Lang;
  csrf: string;
  subprocessors: { id: string; name: string }[];
  values?: Map<string, string>;
  issues?: FieldIssue[];
  /** The draft being rewritten; none for a new one. */
  editing?: string;
}

/** Draft a notice, or rewrite a draft: a plain form that works without JavaScript; every field labelled, errors linked. */
export function NoticeFormPage({ lang, csrf, subprocessors, values = new Map(), issues = [], editing }: NoticeFormProps) {
  const t = translator(lang, "adminNotices");
  const path = editing ? `/admin/notices/${editing}/edit` : "/admin/notices/new";
  const title = editing ? t("editDraftTitle") : t("newNoticeTitle");
  const kind = values.get("changeKind") ?? "add";
  const errorFor = (field: string) => issueAbout(issues, field);
  const described = (field: string) => (errorFor(field) ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});
  const ErrorText = ({ field }: { field: string }) => {
    const issue = errorFor(field);
    return issue ? <p className="field-error" id={`${field}-error`}>{issueText(issue, lang)}</p> : null;
  };
  return (
    <HtmlDocument lang={lang} title={title} path={path}>
      <h1>{title}</h1>
      <p className="lead">{editing ? t("editDraftLead") : t("newNoticeLead")}</p>
      <IssueSummary lang={lang} issues={issues} heading={t("draftNotSaved")} id="notice-errors" fieldOf={(issue) => issue.path.replace(/^proposed\./, "").split(".")[0] ?? ""} />
      <form className="stack" method="post" action={`${path}?lang=${lang}`} noValidate>
        <input type="hidden" name="csrf" value={csrf} />
        <fieldset>
          <legend>{t("kindLegend")}</legend>
          {(["add", "change", "remove"] as const).map((k) => (
            <div className="radio" key={k}>
              <input type="radio" id={`kind-${k}`} name="changeKind" value={k} defaultChecked={kind === k} />
              <label htmlFor={`kind-${k}`}>{t(`kindChoices.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="subprocessorId">{t("existing")}</label>
          <ErrorText field="subprocessorId" />
          <select id="subprocessorId" name="subprocessorId" defaultValue={values.get("subprocessorId") ?? ""} {...described("subprocessorId")}>
            <option value="">{t("chooseOne")}</option>
            {subprocessors.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <fieldset>
          <legend>{t("fieldsLegend")}</legend>
          {fieldNames.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={field}>{t(`fields.${field}`)}</label>
              {field === "dataCategories" && <p className="hint" id="dataCategories-hint">{t("dataCategoriesHint")}</p>}
              <ErrorText field={field} />
              {field === "dataCategories" ? (
                <textarea id={field} name={field} rows={3} defaultValue={values.get(field) ?? ""} {...described(field)} />
              ) : (
                <input id={field} name={field} type={field === "website" ? "url" : "text"} defaultValue={values.get(field) ?? ""} {...described(field)} />
              )}
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="reason">{t("reason")}</label>
          <p className="hint" id="reason-hint">{t("reasonHint")}</p>
          <ErrorText field="reason" />
          <textarea id="reason" name="reason" rows={4} defaultValue={values.get("reason") ?? ""} {...described("reason")} />
        </div>
        <FrenchFieldset lang={lang} fields={[...FRENCH_FACT_FIELDS, "reasonFr"]} values={values} issues={issues} hint={translator(lang, "adminFrench")("noticeHint")} />
        <div className="actions">
          <button type="submit">{editing ? t("saveChanges") : t("saveDraft")}</button>
          <a href={editing ? `/admin/notices/${editing}?lang=${lang}` : `/admin?lang=${lang}`}>{editing ? t("backToNotice") : translator(lang, "admin")("back")}</a>
        </div>
      </form>
    </HtmlDocument>
  );
}
