import { HtmlDocument } from "@/app/_lib/document";
import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

export function SignInPage({ lang, email = "", error }: { lang: Lang; email?: string; error?: string }) {
  const t = translator(lang, "adminSignIn");
  return (
    <HtmlDocument lang={lang} title={t("title")} path="/admin/sign-in">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <form className="stack" method="post" action={`/admin/sign-in?lang=${lang}`} noValidate>
        <input type="hidden" name="lang" value={lang} />
        <div className="field">
          <label htmlFor="email">{t("emailLabel")}</label>
          {error && <p className="field-error" id="email-error">{error}</p>}
          <input id="email" name="email" type="email" autoComplete="email" required defaultValue={email}
            aria-invalid={error ? true : undefined} aria-describedby={error ? "email-error" : undefined} />
        </div>
        <div><button type="submit">{t("sendLink")}</button></div>
      </form>
    </HtmlDocument>
  );
}

export function CheckInboxPage({ lang }: { lang: Lang }) {
  const t = translator(lang, "adminSignIn");
  return (
    <HtmlDocument lang={lang} title={t("checkInboxTitle")} path="/admin/sign-in">
      <h1>{t("checkInboxTitle")}</h1>
      <div className="alert alert-info" role="status"><p>{t("checkInboxBody")}</p></div>
    </HtmlDocument>
  );
}

export function VerifyPage({ lang, token }: { lang: Lang; token: string }) {
  const t = translator(lang, "adminSignIn");
  return (
    <HtmlDocument lang={lang} title={t("verifyTitle")} path="/admin/sign-in/verify">
      <h1>{t("verifyTitle")}</h1>
      <p>{t("verifyBody")}</p>
      <form method="post" action={`/admin/sign-in/verify?lang=${lang}`}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t("signInButton")}</button>
      </form>
    </HtmlDocument>
  );
}
