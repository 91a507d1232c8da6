import { CoreError } from "./core-result";
import { HtmlDocument } from "./document";
import { commonText } from "./i18n/common";
import { colon, issueText } from "./i18n/issue-text";
import type { Lang } from "./i18n/lang";

/** The error page for a core error a person can act on: the message in their language, field problems, a way back. */
export function ErrorPage({ lang, error, backHref, path }: { lang: Lang; error: CoreError; backHref?: string; path?: string }) {
  const t = commonText(lang);
  return (
    <HtmlDocument lang={lang} title={t.errorHeading} path={path}>
      <h1>{t.errorHeading}</h1>
      <div className="alert alert-error" role="alert">
        <p>{t.errors[error.code]}</p>
        {error.issues.length > 0 && (
          <>
            <p>{t.fieldProblems}</p>
            <ul>{error.issues.map((issue) => <li key={issue.path + issue.code}>{fieldLabel(issue.path, lang)}{colon(lang)}{issueText(issue, lang)}</li>)}</ul>
          </>
        )}
      </div>
      <p><a href={backHref ?? `/subprocessors?lang=${lang}`}>{t.backTo}</a></p>
    </HtmlDocument>
  );
}

/** What a 404 says, on a page of ours and inside the Next.js layout alike (app/not-found.tsx). */
export function NotFoundContent({ lang }: { lang: Lang }) {
  const t = commonText(lang);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p><a href={`/subprocessors?lang=${lang}`}>{t.backTo}</a></p>
    </>
  );
}

/** The one 404 page: any unknown address, Next.js's or ours. */
export function NotFoundPage({ lang, path }: { lang: Lang; path?: string }) {
  return (
    <HtmlDocument lang={lang} title={commonText(lang).notFoundTitle} path={path}>
      <NotFoundContent lang={lang} />
    </HtmlDocument>
  );
}

/** The one 500 page: it names no cause, code or stack (those go to the log only). */
export function ServerErrorPage({ lang, path }: { lang: Lang; path?: string }) {
  const t = commonText(lang);
  return (
    <HtmlDocument lang={lang} title={t.serverErrorTitle} path={path}>
      <h1>{t.serverErrorTitle}</h1>
      <div className="alert alert-error" role="alert"><p>{t.serverErrorBody}</p></div>
      <p><a href={`/subprocessors?lang=${lang}`}>{t.backTo}</a></p>
    </HtmlDocument>
  );
}

const fieldLabels: Record<string, { en: string; fr: string }> = {
  email: { en: "Email address", fr: "Adresse e-mail" },
  contactEmail: { en: "Contact email", fr: "E-mail de contact" },
  organisation: { en: "Organisation", fr: "Organisation" },
  grounds: { en: "Grounds for objecting", fr: "Motifs de l’opposition" },
  lang: { en: "Language", fr: "Langue" },
  token: { en: "Link", fr: "Lien" },
  retentionMonths: { en: "Snapshot retention", fr: "Conservation des relevés" },
  occupancyReporting: { en: "Occupancy reporting", fr: "Signalement de l’occupation" },
  scheduleStaleMinutes: { en: "Schedule age limit", fr: "Âge maximal du planning" },
  microsoftClientId: { en: "Microsoft application (client) id", fr: "Identifiant d’application Microsoft" },
  microsoftTenantId: { en: "Microsoft tenant", fr: "Locataire Microsoft" },
  googleClientId: { en: "Google client id", fr: "Identifiant client Google" },
};

export function fieldLabel(path: string, lang: Lang): string {
  return fieldLabels[path]?.[lang] ?? path;
}
