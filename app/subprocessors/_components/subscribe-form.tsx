import { languages, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

/**
 * The plain HTML subscribe form (works without JavaScript). With an error, the field says so
 * itself (aria-invalid, aria-describedby) and keeps what the person typed.
 */
export function SubscribeForm({ lang, email = "", emailLang = lang, error }: { lang: Lang; email?: string; emailLang?: Lang; error?: string }) {
  const t = translator(lang, "subprocessors");
  const describedBy = error ? "subscribe-email-error subscribe-email-hint" : "subscribe-email-hint";
  return (
    <form className="stack" method="post" action={`/subprocessors/subscribe?lang=${lang}`} noValidate={Boolean(error)}>
      <div className="field">
        <label htmlFor="subscribe-email">{t("emailLabel")}</label>
        <p className="hint" id="subscribe-email-hint">{t("emailHint")}</p>
        {error && <p className="field-error" id="subscribe-email-error">{error}</p>}
        <input
          type="email"
          id="subscribe-email"
          name="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={email}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <div className="field">
        <label htmlFor="subscribe-lang">{t("emailLangLabel")}</label>
        <select id="subscribe-lang" name="lang" defaultValue={emailLang}>
          {languages.map((code) => (
            <option key={code} value={code}>{t(`langNames.${code}`)}</option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit">{t("subscribeButton")}</button>
      </div>
    </form>
  );
}
