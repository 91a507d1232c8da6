import type { ReactElement, ReactNode } from "react";
import { core, CoreError, unwrap } from "../../../_lib/core";
import { HtmlDocument } from "../../../_lib/document";
import type { Lang } from "../../../_lib/i18n/lang";
import { langOf } from "../../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../../_lib/render";
import { sessionTokenOf } from "../../../_lib/session";
import { seeOther } from "../../_lib/action";
import { RoomsHeader } from "../_components/rooms-header";

/** The signed-in organisation admin for a route handler's GET, with what their forms need. */
export async function roomsSession(request: Request) {
  const overview = unwrap(await (await core()).rooms().overview({ sessionToken: sessionTokenOf(request) }));
  return { csrf: overview.csrf, email: overview.email, overview };
}

/** A whole room admin page from a route handler: header, title, content. */
export function RoomsDocument({ lang, title, email, path, children }: { lang: Lang; title: string; email: string; path: string; children: ReactNode }) {
  return (
    <HtmlDocument lang={lang} title={title} path={path}>
      <RoomsHeader lang={lang} email={email} />
      {children}
    </HtmlDocument>
  );
}

/** GET handlers of room admin pages: sign in when needed, errors as a page in the visitor's language. */
export async function roomsGet(request: Request, render: (lang: Lang) => Promise<ReactElement>, status = 200): Promise<Response> {
  const lang = langOf(request);
  try {
    return renderHtml(await render(lang), status);
  } catch (error) {
    if (error instanceof CoreError && (error.code === "unauthenticated" || error.code === "forbidden")) return seeOther(`/admin/sign-in?lang=${lang}`);
    return renderError(error, lang, { backHref: `/admin/rooms?lang=${lang}` });
  }
}
