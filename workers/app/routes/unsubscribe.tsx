import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { HtmlDocument } from "@/app/_lib/document";
import type { Lang } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { translator } from "@/i18n/translate";
import { isLinkProblem, LinkProblemPage, MessagePage } from "@/app/subprocessors/_components/message-page";
import { readLimited } from "@/app/_lib/form";

const PATH = "/subprocessors/unsubscribe";

function tokenOf(request: Request): string {
  return new URL(request.url).searchParams.get("token") ?? "";
}

function linkProblemOr(error: unknown, lang: Lang) {
  if (isLinkProblem(error)) {
    return renderHtml(<LinkProblemPage lang={lang} error={error} path={PATH}>{translator(lang, "subprocessors")("unsubscribeProblem")}</LinkProblemPage>, error.status);
  }
  throw error;
}

// GET /subprocessors/unsubscribe?token=… – asks first: mail scanners follow links, people press buttons.
export async function unsubscribeForm(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  try {
    const token = tokenOf(request);
    const preview = unwrap(await c.env.CORE.portal().previewUnsubscribe({ token }));
    const t = translator(lang, "subprocessors");
    if (preview.status === "already_unsubscribed") {
      return renderHtml(
        <MessagePage lang={lang} title={t("alreadyUnsubscribedTitle")} path={PATH}><p>{t("alreadyUnsubscribedText")}</p></MessagePage>,
      );
    }
    return renderHtml(
      <HtmlDocument lang={lang} title={t("unsubscribeTitle")} path={PATH}>
        <h1>{t("unsubscribeTitle")}</h1>
        <p>{t("unsubscribeQuestion", { hint: preview.emailHint })}</p>
        <form method="post" action={`${PATH}?token=${encodeURIComponent(token)}&lang=${lang}`}>
          <button type="submit">{t("unsubscribeButton")}</button>
        </form>
      </HtmlDocument>,
    );
  } catch (error) {
    return linkProblemOr(error, lang);
  }
}

// POST /subprocessors/unsubscribe?token=… – the page's button, and RFC 8058 one-click
// ("List-Unsubscribe=One-Click", no Origin, any body type). Idempotent.
export async function unsubscribe(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  try {
    const body = new TextDecoder().decode(await readLimited(request, lang));
    const via = body.includes("One-Click") ? "one-click" : "page";
    const outcome = unwrap(await c.env.CORE.portal().unsubscribe({ token: tokenOf(request), via }));
    const t = translator(lang, "subprocessors");
    const done = outcome.status === "unsubscribed";
    return renderHtml(
      <MessagePage lang={lang} title={done ? t("unsubscribedTitle") : t("alreadyUnsubscribedTitle")} path={PATH} tone="ok">
        <p>{done ? t("unsubscribedText") : t("alreadyUnsubscribedText")}</p>
      </MessagePage>,
    );
  } catch (error) {
    return linkProblemOr(error, lang);
  }
}
