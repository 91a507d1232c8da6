import { CoreError } from "./core-result";
import { HtmlDocument } from "./document";
import { translator } from "@/i18n/translate";
import { issueText } from "./i18n/issue-text";
import type { Lang } from "./i18n/lang";

/** The error page for a core error a person can act on: the message in their language, field problems, a way back. */
export function ErrorPage({ lang, error, backHref, path }: { lang: Lang; error: CoreError; backHref?: string; path?: string }) {
  const t = translator(lang, "common");
  return (
    <HtmlDocument lang={lang} title={t("errorHeading")} path={path}>
      <h1>{t("errorHeading")}</h1>
      <div className="alert alert-error" role="alert">
        <p>{translator(lang, "errors")(error.code)}</p>
        {error.issues.length > 0 && (
          <>
            <p>{t("fieldProblems")}</p>
            <ul>{error.issues.map((issue) => <li key={issue.path + issue.code}>{issueText(issue, lang)}</li>)}</ul>
          </>
        )}
      </div>
      {/* The way back names where it goes: the form the person came from, or else the list. */}
      <p>{backHref ? <a href={backHref}>{t("backToPrevious")}</a> : <a href={`/subprocessors?lang=${lang}`}>{t("backTo")}</a>}</p>
    </HtmlDocument>
  );
}

/** What a 404 says, on a page of ours and inside the Next.js layout alike (app/not-found.tsx). */
export function NotFoundContent({ lang }: { lang: Lang }) {
  const t = translator(lang, "common");
  return (
    <>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p><a href={`/subprocessors?lang=${lang}`}>{t("backTo")}</a></p>
    </>
  );
}

/** The one 404 page: any unknown address, Next.js's or ours. */
export function NotFoundPage({ lang, path }: { lang: Lang; path?: string }) {
  return (
    <HtmlDocument lang={lang} title={translator(lang, "common")("notFoundTitle")} path={path}>
      <NotFoundContent lang={lang} />
    </HtmlDocument>
  );
}

/** The one 500 page: it names no cause, code or stack (those go to the log only). */
export function ServerErrorPage({ lang, path }: { lang: Lang; path?: string }) {
  const t = translator(lang, "common");
  return (
    <HtmlDocument lang={lang} title={t("serverErrorTitle")} path={path}>
      <h1>{t("serverErrorTitle")}</h1>
      <div className="alert alert-error" role="alert"><p>{t("serverErrorBody")}</p></div>
      <p><a href={`/subprocessors?lang=${lang}`}>{t("backTo")}</a></p>
    </HtmlDocument>
  );
}
