import type { ReactElement } from "react";
import { CoreError } from "./core-result";
import { HtmlDocument } from "./document";
import { commonText } from "./i18n/common";
import { issueText } from "./i18n/issue-text";
import type { Lang } from "./i18n/lang";

/**
 * Renders React to a full HTML response with a chosen status, for route handlers (a form that
 * must answer 400, a GET+POST URL). Next refuses a static import of react-dom/server in the app
 * graph; the edge build imported on demand is allowed and runs in workerd.
 */
export async function renderHtml(element: ReactElement, status = 200, headers: HeadersInit = {}): Promise<Response> {
  const { renderToReadableStream } = await import("react-dom/server.edge");
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  const response = new Response(stream, { status, headers });
  response.headers.set("content-type", "text/html; charset=utf-8");
  response.headers.set("cache-control", "no-store");
  return response;
}

/** The error page every route handler uses: the message in the user's language, field problems, a way back. */
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
            <ul>{error.issues.map((issue) => <li key={issue.path + issue.code}>{issueText(issue, lang)}</li>)}</ul>
          </>
        )}
      </div>
      <p><a href={backHref ?? `/subprocessors?lang=${lang}`}>{t.backTo}</a></p>
    </HtmlDocument>
  );
}

/** Renders any thrown error as the error page; unknown errors become a 500 that reveals nothing. */
export async function renderError(error: unknown, lang: Lang, options: { backHref?: string; path?: string } = {}) {
  const coreError =
    error instanceof CoreError ? error : new CoreError("internal", 500, [], commonText(lang).errors.internal);
  if (!(error instanceof CoreError)) console.error("unexpected error in route handler", error);
  return renderHtml(<ErrorPage lang={lang} error={coreError} {...options} />, coreError.status);
}
