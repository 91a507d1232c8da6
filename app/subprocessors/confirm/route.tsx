import { core, unwrap } from "../../_lib/core";
import { langOf } from "../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../_lib/render";
import { portalText } from "../_i18n";
import { isLinkProblem, LinkProblemPage, MessagePage } from "../_components/message-page";

export const dynamic = "force-dynamic";

// GET /subprocessors/confirm?token=… – double opt-in, step two (idempotent).
export async function GET(request: Request) {
  const lang = langOf(request);
  const path = "/subprocessors";
  try {
    const token = new URL(request.url).searchParams.get("token") ?? "";
    const outcome = unwrap(await (await core()).portal().confirmSubscription({ token }));
    const t = portalText(lang);
    const confirmed = outcome.status === "confirmed";
    return renderHtml(
      <MessagePage lang={lang} title={confirmed ? t.confirmedTitle : t.alreadyConfirmedTitle} path={path} tone="ok">
        <p>{confirmed ? t.confirmedText : t.alreadyConfirmedText}</p>
      </MessagePage>,
    );
  } catch (error) {
    if (isLinkProblem(error)) {
      const t = portalText(lang);
      return renderHtml(
        <LinkProblemPage lang={lang} error={error} path={path}>
          {t.subscribeAgain} <a href={`/subprocessors?lang=${lang}#subscribe`}>{t.subscribeAgainLink}</a>
        </LinkProblemPage>,
        error.status,
      );
    }
    return renderError(error, lang, { path });
  }
}
