import { core, unwrap } from "../../_lib/core";
import { HtmlDocument } from "../../_lib/document";
import type { Lang } from "../../_lib/i18n/lang";
import { langOf } from "../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../_lib/render";
import { portalText } from "../_i18n";
import { isLinkProblem, LinkProblemPage, MessagePage } from "../_components/message-page";
import { readLimited } from "../../_lib/form";

export const dynamic = "force-dynamic";

const PATH = "/subprocessors/unsubscribe";

function tokenOf(request: Request): string {
  return new URL(request.url).searchParams.get("token") ?? "";
}

function linkProblemOr(error: unknown, lang: Lang) {
  if (isLinkProblem(error)) {
    return renderHtml(<LinkProblemPage lang={lang} error={error} path={PATH}>{portalText(lang).unsubscribeProblem}</LinkProblemPage>, error.status);
  }
  return renderError(error, lang, { path: PATH });
}

// GET /subprocessors/unsubscribe?token=… – asks first: mail scanners follow links, people press buttons.
export async function GET(request: Request) {
  const lang = langOf(request);
  try {
    const token = tokenOf(request);
    const preview = unwrap(await (await core()).portal().previewUnsubscribe({ token }));
    const t = portalText(lang);
    if (preview.status === "already_unsubscribed") {
      return renderHtml(
        <MessagePage lang={lang} title={t.alreadyUnsubscribedTitle} path={PATH}><p>{t.alreadyUnsubscribedText}</p></MessagePage>,
      );
    }
    return renderHtml(
      <HtmlDocument lang={lang} title={t.unsubscribeTitle} path={PATH}>
        <h1>{t.unsubscribeTitle}</h1>
        <p>{t.unsubscribeQuestion(preview.emailHint)}</p>
        <form method="post" action={`${PATH}?token=${encodeURIComponent(token)}&lang=${lang}`}>
          <button type="submit">{t.unsubscribeButton}</button>
        </form>
      </HtmlDocument>,
    );
  } catch (error) {
    return linkProblemOr(error, lang);
  }
}

// POST /subprocessors/unsubscribe?token=… – the page's button, and RFC 8058 one-click
// ("List-Unsubscribe=One-Click", no Origin, any body type). Idempotent.
export async function POST(request: Request) {
  const lang = langOf(request);
  try {
    const body = new TextDecoder().decode(await readLimited(request, lang));
    const via = body.includes("One-Click") ? "one-click" : "page";
    const outcome = unwrap(await (await core()).portal().unsubscribe({ token: tokenOf(request), via }));
    const t = portalText(lang);
    const done = outcome.status === "unsubscribed";
    return renderHtml(
      <MessagePage lang={lang} title={done ? t.unsubscribedTitle : t.alreadyUnsubscribedTitle} path={PATH} tone="ok">
        <p>{done ? t.unsubscribedText : t.alreadyUnsubscribedText}</p>
      </MessagePage>,
    );
  } catch (error) {
    return linkProblemOr(error, lang);
  }
}
