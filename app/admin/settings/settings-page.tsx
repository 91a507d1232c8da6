import type { FieldIssue } from "@/workers/errors";
import { MAX_PERIOD_DAYS, periodFields, type NoticePeriods, type PeriodField } from "@/workers/domain/notice-periods";
import { HtmlDocument } from "@/app/_lib/document";
import { issueText } from "@/app/_lib/i18n/issue-text";
import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

export interface SettingsPageProps {
  lang: Lang;
  csrf: string;
  periods: NoticePeriods;
  floors: NoticePeriods;
  updatedAt: number | null;
  updatedBy: string | null;
  /** What was typed, when the form comes back with problems. */
  values?: Map<string, string>;
  issues?: FieldIssue[];
  saved?: boolean;
}

/** GET /admin/settings – the periods notices are published with; a plain form that works without JavaScript. */
export function SettingsPage({ lang, csrf, periods, floors, updatedAt, updatedBy, values, issues = [], saved = false }: SettingsPageProps) {
  const t = translator(lang, "adminSettings");
  const hints: Record<PeriodField, string> = { noticePeriodDays: t("noticePeriodHint"), objectionWindowDays: t("objectionWindowHint"), resolutionPeriodDays: t("resolutionPeriodHint") };
  const errorFor = (field: PeriodField) => issues.find((issue) => issue.path === field);
  return (
    <HtmlDocument lang={lang} title={t("title")} path="/admin/settings">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {saved && <div className="alert alert-ok" role="status"><p>{t("saved")}</p></div>}
      {issues.length > 0 && (
        <div className="alert alert-error error-summary" role="alert" aria-labelledby="settings-errors">
          <h2 id="settings-errors">{t("errorSummary")}</h2>
          <ul>{issues.map((issue) => <li key={issue.path + issue.code}><a href={`#${issue.path}`}>{issueText(issue, lang)}</a></li>)}</ul>
        </div>
      )}
      <form className="stack card" method="post" action={`/admin/settings?lang=${lang}`} noValidate>
        <input type="hidden" name="csrf" value={csrf} />
        {periodFields.map((field) => {
          const issue = errorFor(field);
          const describedBy = [`${field}-hint`, `${field}-bounds`, issue ? `${field}-error` : ""].filter(Boolean).join(" ");
          return (
            <div className="field" key={field}>
              <label htmlFor={field}>{t(field)} ({t("days")})</label>
              <p className="hint" id={`${field}-hint`}>{hints[field]}</p>
              <p className="hint" id={`${field}-bounds`}>{t("bounds", { floor: String(floors[field]), max: String(MAX_PERIOD_DAYS) })}</p>
              {issue && <p className="field-error" id={`${field}-error`}>{issueText(issue, lang)}</p>}
              <input
                id={field}
                name={field}
                type="number"
                inputMode="numeric"
                min={floors[field]}
                max={MAX_PERIOD_DAYS}
                step={1}
                required
                defaultValue={values?.get(field) ?? String(periods[field])}
                aria-describedby={describedBy}
                {...(issue ? { "aria-invalid": true as const } : {})}
              />
            </div>
          );
        })}
        <p className="muted">{updatedAt != null && updatedBy ? t("lastChanged", { who: updatedBy, when: formatDate(updatedAt, lang) }) : t("neverChanged")}</p>
        <div className="actions">
          <button type="submit">{t("save")}</button>
          <a href={`/admin?lang=${lang}`}>{t("back")}</a>
        </div>
      </form>
    </HtmlDocument>
  );
}
