import type { FieldIssue } from "@/workers/errors";
import { CORRECTABLE_FIELDS, MATERIAL_FIELDS } from "@/workers/domain/corrections";
import { fieldLabel, fieldOfPath } from "@/workers/field-labels";
import { HtmlDocument } from "@/app/_lib/document";
import { issueText } from "@/app/_lib/i18n/issue-text";
import { IssueSummary } from "@/app/_lib/issue-summary";
import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { FRENCH_FACT_FIELDS, FrenchFieldset, issueAbout } from "./french-fields";

export interface CorrectionFormProps {
  lang: Lang;
  csrf: string;
  subprocessor: { id: string; name: string };
  /** The form's values: the listed facts and their French (`purposeFr`…), or what was typed. */
  values: Map<string, string>;
  issues?: FieldIssue[];
}

/**
 * Correct a listed subprocessor: every fact is shown, grouped by whether it can be corrected now
 * or needs a notice (workers/domain/corrections.ts decides), so a material change typed anyway is
 * refused beside its field. A plain form that works without JavaScript.
 */
export function CorrectionFormPage({ lang, csrf, subprocessor, values, issues = [] }: CorrectionFormProps) {
  const t = translator(lang, "adminCorrections");
  const notices = translator(lang, "adminNotices");
  const french = translator(lang, "adminFrench");
  const path = `/admin/subprocessors/${subprocessor.id}/correct`;
  const errorFor = (field: string) => issueAbout(issues, field);
  const Field = ({ field, hint }: { field: string; hint?: string }) => {
    const issue = errorFor(field);
    const describedBy = [issue && `${field}-error`, hint && `${field}-hint`].filter(Boolean).join(" ");
    const common = { id: field, name: field, defaultValue: values.get(field) ?? "", ...(describedBy ? { "aria-describedby": describedBy } : {}), ...(issue ? { "aria-invalid": true as const } : {}) };
    return (
      <div className="field">
        <label htmlFor={field}>{fieldLabel(field, lang)}</label>
        {hint && <p className="hint" id={`${field}-hint`}>{hint}</p>}
        {issue && <p className="field-error" id={`${field}-error`}>{issueText(issue, lang)}</p>}
        {field === "dataCategories" || field === "correctionNote" ? <textarea rows={3} {...common} /> : <input type={field === "website" ? "url" : "text"} {...common} />}
      </div>
    );
  };
  return (
    <HtmlDocument lang={lang} title={t("title", { name: subprocessor.name })} path={path}>
      <h1>{t("title", { name: subprocessor.name })}</h1>
      <p className="lead">{t("lead")}</p>
      <IssueSummary lang={lang} issues={issues} heading={t("notSaved")} id="correction-errors" fieldOf={(issue) => (issue.path === "fields" ? "website" : fieldOfPath(issue.path))} />
      <form className="stack" method="post" action={`${path}?lang=${lang}`} noValidate>
        <input type="hidden" name="csrf" value={csrf} />
        <fieldset>
          <legend>{t("correctableLegend")}</legend>
          <p className="hint">{t("correctableHint")}</p>
          {CORRECTABLE_FIELDS.map((field) => <Field key={field} field={field} />)}
        </fieldset>
        <fieldset>
          <legend>{t("materialLegend")}</legend>
          <p className="hint">{t("materialHint")} <a href={`/admin/notices/new?lang=${lang}`}>{notices("proposeChange")}</a></p>
          {MATERIAL_FIELDS.map((field) => <Field key={field} field={field} hint={field === "dataCategories" ? notices("dataCategoriesHint") : undefined} />)}
        </fieldset>
        <FrenchFieldset lang={lang} fields={FRENCH_FACT_FIELDS} values={values} issues={issues} hint={french("correctionHint")} />
        <Field field="correctionNote" hint={t("noteHint")} />
        <FrenchFieldset lang={lang} fields={["correctionNoteFr"]} values={values} issues={issues} hint={french("proseHint")} />
        <div className="actions">
          <button type="submit">{t("save")}</button>
          <a href={`/admin?lang=${lang}`}>{translator(lang, "admin")("back")}</a>
        </div>
      </form>
    </HtmlDocument>
  );
}
