import type { ReactNode } from "react";
import { translator } from "@/i18n/translate";
import type { Lang } from "./i18n/lang";

/**
 * The page chrome: skip link, site header with language switch, main landmark, footer.
 * Used by the root layout's pages and by route handlers that render whole documents.
 */
export function SiteChrome({ lang, path, children }: { lang: Lang; path?: string; children: ReactNode }) {
  const t = translator(lang, "common");
  const other: Lang = lang === "en" ? "fr" : "en";
  const switchHref = `${path ?? "/subprocessors"}${(path ?? "").includes("?") ? "&" : "?"}lang=${other}`;
  return (
    <>
      <a className="skip-link" href="#main">{t("skipToContent")}</a>
      <header className="site-header">
        <a className="brand" href={`/subprocessors?lang=${lang}`}>{t("siteName")}</a>
        <nav aria-label={t("mainNav")}>
          <ul>
            <li><a href={`/subprocessors?lang=${lang}`}>{t("navSubprocessors")}</a></li>
            <li><a href={`/admin?lang=${lang}`}>{t("navAdmin")}</a></li>
            <li>
              <a href={switchHref} hrefLang={other} lang={other}>
                {translator(other, "common")("languageName")}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
      <footer className="site-footer"><p>{t("footer")} <a href={`/privacy?lang=${lang}`}>{t("navPrivacy")}</a></p></footer>
    </>
  );
}

/**
 * What every document's head carries, whoever renders it (app/layout.tsx, HtmlDocument, the
 * finder's board): the description search engines show, the stylesheet, the favicon and the
 * home-screen icon (drawn by scripts/make-icons.mjs).
 */
export function SiteHead({ lang, description }: { lang: Lang; description?: string }) {
  return (
    <>
      <meta name="description" content={description ?? translator(lang, "common")("description")} />
      <link rel="stylesheet" href="/styles.css" />
      <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
    </>
  );
}

/** A whole HTML document, for route handlers (pages get theirs from app/layout.tsx). */
export function HtmlDocument({ lang, title, description, path, head, children }: { lang: Lang; title: string; description?: string; path?: string; head?: ReactNode; children: ReactNode }) {
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — Roomtrust`}</title>
        <SiteHead lang={lang} description={description} />
        {head}
      </head>
      <body>
        <SiteChrome lang={lang} path={path}>{children}</SiteChrome>
      </body>
    </html>
  );
}
