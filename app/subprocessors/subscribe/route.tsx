import { clientAddress, core, CoreError, unwrap } from "../../_lib/core";
import { HtmlDocument } from "../../_lib/document";
import { isLang, type Lang } from "../../_lib/i18n/lang";
import { langOf } from "../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../_lib/render";
import { fieldError, portalText } from "../_i18n";
import { ErrorSummary } from "../_components/form-errors";
import { MessagePage } from "../_components/message-page";
import { SubscribeForm } from "../_components/subscribe-form";
import { readForm } from "../../_lib/form";

export const dynamic = "force-dynamic";

// GET /subprocessors/subscribe – the form lives on the list page.
export function GET(request: Request) {
  const lang = langOf(request);
  return Response.redirect(new URL(`/subprocessors?lang=${lang}#subscribe`, request.url), 303);
}

// POST /subprocessors/subscribe – double opt-in; the same answer for every valid address.
export async function POST(request: Request) {
  const lang = langOf(request);
  try {
    const form = await readForm(request, lang);
    const email = form.get("email") ?? "";
    const chosen = form.get("lang");
    const emailLang: Lang = isLang(chosen) ? chosen : lang;
    try {
      unwrap(await (await core()).portal().subscribe({ email, lang: emailLang, client: clientAddress(request) }));
    } catch (error) {
      if (error instanceof CoreError && error.code === "validation_failed") {
        const message = fieldError(lang, "email", error.issues[0]?.message ?? error.message);
        return renderHtml(<SubscribeAgainPage lang={lang} email={email} emailLang={emailLang} error={message} />, 400);
      }
      throw error;
    }
    const t = portalText(lang);
    return renderHtml(
      <MessagePage lang={lang} title={t.checkInboxTitle} path="/subprocessors" tone="ok">
        <p>{t.checkInboxSubscribe(email.trim().toLowerCase())}</p>
        <p>{t.checkInboxSpam}</p>
      </MessagePage>,
    );
  } catch (error) {
    return renderError(error, lang, { backHref: `/subprocessors?lang=${lang}#subscribe`, path: "/subprocessors" });
  }
}

function SubscribeAgainPage({ lang, email, emailLang, error }: { lang: Lang; email: string; emailLang: Lang; error: string }) {
  const t = portalText(lang);
  return (
    <HtmlDocument lang={lang} title={t.subscribeFormTitle} path="/subprocessors">
      <h1>{t.subscribeFormTitle}</h1>
      <ErrorSummary lang={lang} errors={[{ fieldId: "subscribe-email", message: error }]} />
      <p>{t.subscribeText}</p>
      <SubscribeForm lang={lang} email={email} emailLang={emailLang} error={error} />
    </HtmlDocument>
  );
}
