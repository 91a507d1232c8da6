import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { HtmlDocument } from "@/app/_lib/document";
import { readForm } from "@/app/_lib/form";
import type { Lang } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { translator } from "@/i18n/translate";
import { isLinkProblem, LinkProblemPage, MessagePage } from "@/app/subprocessors/_components/message-page";

const PATH = "/subprocessors/confirm";

function linkProblemOr(error: unknown, lang: Lang) {
  if (isLinkProblem(error)) {
    const t = translator(lang, "subprocessors");
    return renderHtml(
      <LinkProblemPage lang={lang} error={error} path={PATH}>
        {t("subscribeAgain")} <a href={`/subprocessors?lang=${lang}#subscribe`}>{t("subscribeAgainLink")}</a>
      </LinkProblemPage>,
      error.status,
    );
  }
  throw error;
}

// GET /subprocessors/confirm?token=… – asks first: mail scanners open every link, people press buttons.
export async function confirmSubscriptionForm(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  const t = translator(lang, "subprocessors");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return renderHtml(
    <HtmlDocument lang={lang} title={t("confirmTitle")} path={PATH}>
      <h1>{t("confirmTitle")}</h1>
      <p>{t("confirmQuestion")}</p>
      <form method="post" action={`${PATH}?lang=${lang}`}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t("confirmButton")}</button>
      </form>
    </HtmlDocument>,
  );
}

// POST /subprocessors/confirm – double opt-in, step two (idempotent).
export async function confirmSubscription(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  try {
    const form = await readForm(request, lang);
    const outcome = unwrap(await c.env.CORE.portal().confirmSubscription({ token: form.get("token") ?? "" }));
    const t = translator(lang, "subprocessors");
    const confirmed = outcome.status === "confirmed";
    return renderHtml(
      <MessagePage lang={lang} title={confirmed ? t("confirmedTitle") : t("alreadyConfirmedTitle")} path="/subprocessors" tone="ok">
        <p>{confirmed ? t("confirmedText") : t("alreadyConfirmedText")}</p>
      </MessagePage>,
    );
  } catch (error) {
    return linkProblemOr(error, lang);
  }
}
