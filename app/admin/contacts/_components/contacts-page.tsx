import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { issueField, issueText } from "@/app/_lib/i18n/issue-text";
import { RoomsDocument } from "@/app/admin/rooms/_lib/rooms-page";
import { CONTACT_ROLES } from "@/workers/core/contacts.schema";
import type { FieldIssue } from "@/workers/errors";
import { translator } from "@/i18n/translate";

type Role = (typeof CONTACT_ROLES)[number];

export interface ContactView {
  id: string;
  name: string;
  role: Role;
  email: string;
  status: "active" | "unsubscribed" | "suppressed" | "removed";
  suppressedReason: "bounced" | "complained" | null;
  since: number;
}

export const CONTACT_FIELDS = ["contactName", "contactRole", "contactEmail"] as const;

/**
 * The organisation's notice contacts and the form to add one: plain HTML forms, so it works
 * without JavaScript; each problem is next to its field and linked from the summary.
 */
export function ContactsPage({ lang, email, csrf, orgName, contacts, done, values = new Map(), issues = [] }: {
  lang: Lang;
  email: string;
  csrf: string;
  orgName: string;
  contacts: ContactView[];
  done?: "added" | "removed";
  values?: Map<string, string>;
  issues?: FieldIssue[];
}) {
  const t = translator(lang, "adminContacts");
  const errorFor = (field: string) => issues.find((i) => issueField(i) === field);
  const described = (field: string, hint?: string) => {
    const ids = [hint, errorFor(field) ? `${field}-error` : undefined].filter(Boolean).join(" ");
    return { ...(errorFor(field) ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const ErrorText = ({ field }: { field: string }) => {
    const issue = errorFor(field);
    return issue ? <p className="field-error" id={`${field}-error`}>{issueText(issue, lang)}</p> : null;
  };
  const stateOf = (c: ContactView) => (c.status === "suppressed" ? t(`states.suppressed.${c.suppressedReason ?? "bounced"}`) : c.status === "removed" ? "" : t(`states.${c.status}`));
  const working = contacts.some((c) => c.status === "active");
  return (
    <RoomsDocument lang={lang} title={t("title")} email={email} path="/admin/contacts">
      <h1>{t("title")} — {orgName}</h1>
      {done && <p className="alert alert-ok" role="status">{t(done)}</p>}
      <p className="lead">{t("lead")}</p>
      {contacts.length === 0 ? (
        <p className="alert alert-info">{t("none")}</p>
      ) : (
        <>
          {!working && <p className="alert alert-error" data-testid="no-working-contact">{t("unreached")}</p>}
          <div className="table-wrap">
            <table className="stacked-table">
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("role")}</th>
                  <th scope="col">{t("email")}</th>
                  <th scope="col">{t("state")}</th>
                  <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {contacts.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td data-label={t("role")}>{t(`roles.${c.role}`)}</td>
                    <td data-label={t("email")}>{c.email}</td>
                    <td data-label={t("state")}>{stateOf(c)} <span className="hint">({t("since", { when: formatDate(c.since, lang, false) })})</span></td>
                    <td>
                      <form className="inline-form" method="post" action={`/admin/contacts/${c.id}/remove?lang=${lang}`}>
                        <input type="hidden" name="csrf" value={csrf} />
                        {/* Screen readers may list the buttons apart from their rows, so the name stays in the button's name; on screen the row shows it, and long names made the column too wide. */}
                        <button type="submit" className="secondary">{t("remove")}<span className="visually-hidden"> {c.name}</span></button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2 id="add">{t("addTitle")}</h2>
      {issues.length > 0 && (
        <div className="alert alert-error error-summary" role="alert" aria-labelledby="contact-errors" tabIndex={-1}>
          <h3 id="contact-errors">{t("errorSummary")}</h3>
          <ul>{issues.map((issue, i) => <li key={i}><a href={`#${issueField(issue)}`}>{issueText(issue, lang)}</a></li>)}</ul>
        </div>
      )}
      <form className="stack card" method="post" action={`/admin/contacts?lang=${lang}`}>
        <input type="hidden" name="csrf" value={csrf} />
        <p className="hint" id="add-hint">{t("addHint")}</p>
        <div className="field">
          <label htmlFor="contactName">{t("nameLabel")}</label>
          <ErrorText field="contactName" />
          <input id="contactName" name="contactName" maxLength={100} autoComplete="off" required defaultValue={values.get("contactName") ?? ""} {...described("contactName")} />
        </div>
        <div className="field">
          <label htmlFor="contactRole">{t("roleLabel")}</label>
          <ErrorText field="contactRole" />
          <select id="contactRole" name="contactRole" defaultValue={values.get("contactRole") ?? "dpo"} {...described("contactRole")}>
            {CONTACT_ROLES.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="contactEmail">{t("emailLabel")}</label>
          <ErrorText field="contactEmail" />
          <input id="contactEmail" name="contactEmail" type="email" autoComplete="off" required defaultValue={values.get("contactEmail") ?? ""} {...described("contactEmail", "add-hint")} />
        </div>
        <div className="actions"><button type="submit">{t("add")}</button></div>
      </form>
    </RoomsDocument>
  );
}

