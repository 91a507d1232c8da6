import { HtmlDocument } from "@/app/_lib/document";
import { colon, formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

/**
 * The answer to adding an endpoint or rotating its secret: the secret, this once, and after a
 * rotation until when the previous one still signs beside it.
 */
export function WebhookSecretPage({ lang, url, secret, previousSecretUntil }: { lang: Lang; url: string; secret: string; previousSecretUntil: number | null }) {
  const t = translator(lang, "adminWebhooks");
  return (
    <HtmlDocument lang={lang} title={t("secretTitle")} path="/admin/webhooks">
      <h1>{t("secretTitle")}</h1>
      <p className="lead">{t("secretLead")}</p>
      {previousSecretUntil !== null && <p className="alert alert-info" data-testid="previous-secret-until">{t("rotatedLead", { until: formatDate(previousSecretUntil, lang) })}</p>}
      <div className="stack card">
        <p><strong>{t("secretFor")}</strong>{colon(lang)}<span className="wrap-anywhere">{url}</span></p>
        <div className="field">
          <label htmlFor="secret">{t("secretLabel")}</label>
          <input id="secret" className="secret" readOnly value={secret} data-testid="webhook-secret" spellCheck={false} autoComplete="off" />
        </div>
      </div>
      <p><a href={`/admin/webhooks?lang=${lang}`}>{t("secretDone")}</a></p>
    </HtmlDocument>
  );
}
