import { core, unwrap } from "../../_lib/core";
import { HtmlDocument } from "../../_lib/document";
import { readForm } from "../../_lib/form";
import type { Lang } from "../../_lib/i18n/lang";
import { langOf } from "../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../_lib/render";
import { portalText } from "../_i18n";
import { isLinkProblem, LinkProblemPage, MessagePage } from "../_components/message-page";

export const dynamic = "force-dynamic";

const PATH = "/subprocessors/confirm";

function linkProblemOr(error: unknown, lang: Lang) {
  if (isLinkProblem(error)) {
    const t = portalText(lang);
    return renderHtml(
      <LinkProblemPage lang={lang} error={error} path={PATH}>
        {t.subscribeAgain} <a href={`/subprocessors?lang=${lang}#subscribe`}>{t.subscribeAgainLink}</a>
      </LinkProblemPage>,
      error.status,
    );
  }
  return renderError(error, lang, { path: "/subprocessors" });
}

// GET /subprocessors/confirm?token=… – asks first: mail scanners open every link, people press buttons.
export function GET(request: Request) {
  const lang = langOf(request);
  const t = portalText(lang);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return renderHtml(
    <HtmlDocument lang={lang} title={t.confirmTitle} path={PATH}>
      <h1>{t.confirmTitle}</h1>
      <p>{t.confirmQuestion}</p>
      <form method="post" action={`${PATH}?lang=${lang}`}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t.confirmButton}</button>
      </form>
    </HtmlDocument>,
  );
}

// POST /subprocessors/confirm – double opt-in, step two (idempotent).
export async function POST(request: Request) {
  const lang = langOf(request);
  try {
    const form = await readForm(request, lang);
    const outcome = unwrap(await (await core()).portal().confirmSubscription({ token: form.get("token") ?? "" }));
    const t = portalText(lang);
    const confirmed = outcome.status === "confirmed";
    return renderHtml(
      <MessagePage lang={lang} title={confirmed ? t.confirmedTitle : t.alreadyConfirmedTitle} path="/subprocessors" tone="ok">
        <p>{confirmed ? t.confirmedText : t.alreadyConfirmedText}</p>
      </MessagePage>,
    );
  } catch (error) {
    return linkProblemOr(error, lang);
  }
}
