import type { FieldIssue } from "@/workers/errors";
import type { WebhookEndpointView } from "@/workers/core/webhooks.schema";
import type { WebhookEventType } from "@/db/schema";
import { failureKindOf } from "@/workers/domain/webhook-retries";
import { HtmlDocument } from "@/app/_lib/document";
import { issueText } from "@/app/_lib/i18n/issue-text";
import { colon, formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { AdminHeader } from "../_components/admin-header";
import { translator } from "@/i18n/translate";

export type WebhooksDone = "enabled" | "disabled" | "deleted";

export interface WebhooksPageProps {
  lang: Lang;
  csrf: string;
  email: string;
  endpoints: WebhookEndpointView[];
  events: WebhookEventType[];
  /** What was typed, when the form comes back with problems. */
  values?: { url: string; events: WebhookEventType[] };
  issues?: FieldIssue[];
  done?: WebhooksDone;
}

/** GET /admin/webhooks – endpoints, their delivery logs and the form to add one; plain forms, no JavaScript needed. */
export function WebhooksPage({ lang, csrf, email, endpoints, events, values, issues = [], done }: WebhooksPageProps) {
  const t = translator(lang, "adminWebhooks");
  const urlIssue = issues.find((issue) => issue.path === "url");
  const eventsIssue = issues.find((issue) => issue.path.startsWith("events"));
  const chosen = new Set(values?.events ?? events);
  // An event type's own dot nests its words in the catalogue: `events.notice.published`.
  return (
    <HtmlDocument lang={lang} title={t("title")} path="/admin/webhooks">
      <AdminHeader lang={lang} email={email} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {done && <div className="alert alert-ok" role="status"><p>{t(`done.${done}`)}</p></div>}
      <h2>{t("registerHeading")}</h2>
      {issues.length > 0 && (
        <div className="alert alert-error error-summary" role="alert" aria-labelledby="webhook-errors">
          <h3 id="webhook-errors">{t("errorSummary")}</h3>
          <ul>{issues.map((issue) => <li key={issue.path + issue.code}><a href={issue.path === "url" ? "#url" : "#events"}>{issueText(issue, lang)}</a></li>)}</ul>
        </div>
      )}
      <form className="stack card" method="post" action={`/admin/webhooks?lang=${lang}`} noValidate>
        <input type="hidden" name="csrf" value={csrf} />
        <div className="field">
          <label htmlFor="url">{t("urlLabel")}</label>
          <p className="hint" id="url-hint">{t("urlHint")}</p>
          {urlIssue && <p className="field-error" id="url-error">{issueText(urlIssue, lang)}</p>}
          <input
            id="url"
            name="url"
            type="url"
            inputMode="url"
            autoComplete="url"
            required
            maxLength={2000}
            placeholder="https://hooks.example.com/roomtrust"
            defaultValue={values?.url ?? ""}
            aria-describedby={urlIssue ? "url-hint url-error" : "url-hint"}
            {...(urlIssue ? { "aria-invalid": true as const } : {})}
          />
        </div>
        <fieldset className="field" id="events" aria-describedby={eventsIssue ? "events-error" : undefined}>
          <legend>{t("eventsLegend")}</legend>
          {eventsIssue && <p className="field-error" id="events-error">{issueText(eventsIssue, lang)}</p>}
          {events.map((event) => (
            <label className="checkbox" key={event}>
              <input type="checkbox" name={`event:${event}`} value="on" defaultChecked={chosen.has(event)} /> <span>{t(`events.${event}`)} <code>{event}</code></span>
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit">{t("register")}</button>
          <a href={`/admin?lang=${lang}`}>{t("back")}</a>
        </div>
      </form>
      <h2>{t("endpointsHeading")}</h2>
      {endpoints.length === 0 ? <p className="alert alert-info">{t("noEndpoints")}</p> : endpoints.map((endpoint) => <EndpointCard key={endpoint.id} endpoint={endpoint} lang={lang} csrf={csrf} />)}
    </HtmlDocument>
  );
}

function EndpointCard({ endpoint, lang, csrf }: { endpoint: WebhookEndpointView; lang: Lang; csrf: string }) {
  const t = translator(lang, "adminWebhooks");
  const action = (verb: string) => `/admin/webhooks/${endpoint.id}/${verb}?lang=${lang}`;
  const button = (verb: string, label: string, secondary = true) => (
    <form className="inline-form" method="post" action={action(verb)}>
      <input type="hidden" name="csrf" value={csrf} />
      <button type="submit" className={secondary ? "secondary" : undefined}>{label}</button>
    </form>
  );
  const headingId = `endpoint-${endpoint.id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-endpoint={endpoint.id}>
      <h3 id={headingId}><span className="wrap-anywhere">{endpoint.url}</span> <span className={`badge badge-${endpoint.status === "active" ? "ok" : "bad"}`}>{t(`status.${endpoint.status}`)}</span></h3>
      {endpoint.disabledReason && <p>{t(`disabledBy.${endpoint.disabledReason}`)}</p>}
      {endpoint.status === "active" && endpoint.failingSince !== null && <p className="alert alert-warn">{t("failing", { count: endpoint.consecutiveFailures, failures: String(endpoint.consecutiveFailures), since: formatDate(endpoint.failingSince, lang) })}</p>}
      <p><strong>{t("subscribed")}</strong>{colon(lang)}{endpoint.events.map((event) => t(`events.${event}`)).join(" · ")}</p>
      <p><strong>{t("secretHint")}</strong> <code>{endpoint.secretHint}</code></p>
      {endpoint.previousSecretUntil !== null && <p className="alert alert-info">{t("previousSecretValid", { until: formatDate(endpoint.previousSecretUntil, lang) })}</p>}
      <p className="muted">{t("addedBy", { who: endpoint.createdBy, when: formatDate(endpoint.createdAt, lang) })}</p>
      <div className="actions">
        {endpoint.status === "active" ? button("disable", t("disable")) : button("enable", t("enable"), false)}
        {button("rotate", t("rotateSecret"))}
        {button("delete", t("remove"))}
      </div>
      <h4>{t("logHeading")}</h4>
      {endpoint.deliveries.length === 0 ? (
        <p className="muted">{t("noDeliveries")}</p>
      ) : (
        <div className="table-wrap">
          <table className="stacked-table">
            <thead>
              <tr>
                <th scope="col">{t("event")}</th>
                <th scope="col">{t("deliveryStatus")}</th>
                <th scope="col">{t("attempts")}</th>
                <th scope="col">{t("outcome")}</th>
                <th scope="col">{t("lastAttempt")}</th>
                <th scope="col">{t("nextAttempt")}</th>
              </tr>
            </thead>
            <tbody>
              {endpoint.deliveries.map((delivery) => {
                const failure = failureKindOf(delivery.lastError);
                const answer = delivery.lastStatus !== null ? t("httpStatus", { status: String(delivery.lastStatus) }) : failure ? t(`failures.${failure}`) : "—";
                return (
                  <tr key={delivery.id} data-delivery={delivery.id} data-status={delivery.status}>
                    <th scope="row">{t(`events.${delivery.eventType}`)}</th>
                    <td data-label={t("deliveryStatus")}>{t(`deliveryStatuses.${delivery.status}`)}</td>
                    <td data-label={t("attempts")}>{delivery.attempts}</td>
                    <td data-label={t("outcome")}>{answer}</td>
                    <td data-label={t("lastAttempt")}>{formatDate(delivery.lastAttemptAt, lang)}</td>
                    <td data-label={t("nextAttempt")}>{delivery.status === "pending" ? formatDate(delivery.nextAttemptAt, lang) : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
