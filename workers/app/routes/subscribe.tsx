import type { Context } from "hono";
import { clientAddress, CoreError, unwrap } from "@/app/_lib/core-result";
import { HtmlDocument } from "@/app/_lib/document";
import { readForm } from "@/app/_lib/form";
import { isLang, type Lang } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { ErrorSummary } from "@/app/subprocessors/_components/form-errors";
import { MessagePage } from "@/app/subprocessors/_components/message-page";
import { SubscribeForm } from "@/app/subprocessors/_components/subscribe-form";
import { fieldError } from "@/app/subprocessors/_lib/field-error";
import { translator } from "@/i18n/translate";
import type { AppBindings } from "../app-bindings";

// GET /subprocessors/subscribe – the form lives on the list page.
export function subscribeForm(c: Context<AppBindings>) {
  return Response.redirect(new URL(`/subprocessors?lang=${c.var.lang}#subscribe`, c.req.url), 303);
}

// POST /subprocessors/subscribe – double opt-in; the same answer for every valid address.
export async function subscribe(c: Context<AppBindings>) {
  const lang = c.var.lang;
  c.set("backHref", `/subprocessors?lang=${lang}#subscribe`);
  const form = await readForm(c.req.raw, lang);
  const email = form.get("email") ?? "";
  const chosen = form.get("lang");
  const emailLang: Lang = isLang(chosen) ? chosen : lang;
  try {
    unwrap(await c.env.CORE.portal().subscribe({ email, lang: emailLang, client: clientAddress(c.req.raw) }));
  } catch (error) {
    if (error instanceof CoreError && error.code === "validation_failed") {
      const message = fieldError(lang, "email", error.issues[0]?.message ?? error.message);
      return renderHtml(<SubscribeAgainPage lang={lang} email={email} emailLang={emailLang} error={message} />, 400);
    }
    throw error;
  }
  const t = translator(lang, "subprocessors");
  return renderHtml(
    <MessagePage lang={lang} title={t("checkInboxTitle")} path="/subprocessors" tone="ok">
      <p>{t("checkInboxSubscribe", { email: email.trim().toLowerCase() })}</p>
      <p>{t("checkInboxSpam")}</p>
    </MessagePage>,
  );
}

function SubscribeAgainPage({ lang, email, emailLang, error }: { lang: Lang; email: string; emailLang: Lang; error: string }) {
  const t = translator(lang, "subprocessors");
  return (
    <HtmlDocument lang={lang} title={t("subscribeFormTitle")} path="/subprocessors">
      <h1>{t("subscribeFormTitle")}</h1>
      <ErrorSummary lang={lang} errors={[{ fieldId: "subscribe-email", message: error }]} />
      <p>{t("subscribeText")}</p>
      <SubscribeForm lang={lang} email={email} emailLang={emailLang} error={error} />
    </HtmlDocument>
  );
}
