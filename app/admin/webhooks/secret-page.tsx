import { HtmlDocument } from "@/app/_lib/document";
import type { Lang } from "@/app/_lib/i18n/lang";
import { webhooksText } from "./_i18n";

/** The answer to adding an endpoint or replacing its secret: the secret, this once. */
export function WebhookSecretPage({ lang, url, secret }: { lang: Lang; url: string; secret: string }) {
  const t = webhooksText(lang);
  return (
    <HtmlDocument lang={lang} title={t.secretTitle} path="/admin/webhooks">
      <h1>{t.secretTitle}</h1>
      <p className="lead">{t.secretLead}</p>
      <dl className="facts card">
        <dt>{t.secretFor}</dt>
        <dd className="wrap-anywhere">{url}</dd>
        <dt><label htmlFor="secret">{t.secretLabel}</label></dt>
        <dd><input id="secret" className="secret" readOnly value={secret} data-testid="webhook-secret" spellCheck={false} autoComplete="off" /></dd>
      </dl>
      <p><a href={`/admin/webhooks?lang=${lang}`}>{t.secretDone}</a></p>
    </HtmlDocument>
  );
}
