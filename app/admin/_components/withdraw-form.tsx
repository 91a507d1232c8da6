import type { FieldIssue } from "@/workers/errors";
import { HtmlDocument } from "@/app/_lib/document";
import { issueText } from "@/app/_lib/i18n/issue-text";
import { IssueSummary } from "@/app/_lib/issue-summary";
import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { FrenchFieldset, issueAbout } from "./french-fields";

interface WithdrawFormProps {
  lang: Lang;
  csrf: string;
  noticeId: string;
  /** What was typed, when the form comes back refused. */
  values?: Map<string, string>;
  issues?: FieldIssue[];
}

/** Withdraw a published change: why, in English and optionally in French (shown on the public page, the feed and the email). */
export function WithdrawForm({ lang, csrf, noticeId, values = new Map(), issues = [] }: WithdrawFormProps) {
  const t = translator(lang, "adminNotices");
  const issue = issueAbout(issues, "reason");
  return (
    <form className="stack card" method="post" action={`/admin/notices/${noticeId}/withdraw?lang=${lang}`}>
      <input type="hidden" name="csrf" value={csrf} />
      <div className="field">
        <label htmlFor="withdraw-reason">{t("withdrawReason")}</label>
        {issue && <p className="field-error" id="withdraw-reason-error">{issueText(issue, lang)}</p>}
        <textarea
          id="withdraw-reason"
          name="reason"
          rows={2}
          required
          defaultValue={values.get("reason") ?? ""}
          {...(issue ? { "aria-invalid": true as const, "aria-describedby": "withdraw-reason-error" } : {})}
        />
      </div>
      <FrenchFieldset lang={lang} fields={["reasonFr"]} values={values} issues={issues} hint={translator(lang, "adminFrench")("proseHint")} />
      <div><button type="submit" className="danger">{t("withdraw")}</button></div>
    </form>
  );
}

/** The withdrawal form on a page of its own, when the core refused what was typed: each problem beside its field, the text kept. */
export function WithdrawFormPage(props: WithdrawFormProps & { issues: FieldIssue[] }) {
  const t = translator(props.lang, "adminNotices");
  // The language switch leads to the notice itself: the withdrawal has no page to GET.
  const path = `/admin/notices/${props.noticeId}`;
  return (
    <HtmlDocument lang={props.lang} title={t("withdrawTitle")} path={path}>
      <h1>{t("withdrawTitle")}</h1>
      <IssueSummary lang={props.lang} issues={props.issues} heading={t("withdrawNotDone")} id="withdraw-errors" fieldOf={(issue) => (issue.path === "reason" ? "withdraw-reason" : issue.path)} />
      <WithdrawForm {...props} />
      <p><a href={`/admin/notices/${props.noticeId}?lang=${props.lang}`}>{t("backToNotice")}</a></p>
    </HtmlDocument>
  );
}
