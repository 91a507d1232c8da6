import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { translator } from "@/i18n/translate";
import { MessagePage } from "@/app/subprocessors/_components/message-page";
import { NoticeDocument } from "@/app/subprocessors/_components/notice-document";
import { noticeViewFor } from "@/app/subprocessors/_lib/content-language";

// GET /subprocessors/notices/{id} – one published notice and its clock. Drafts and unknown ids
// answer a 404 that says a notice was not found (not the generic one), with JavaScript off too.
export async function publicNotice(c: Context<AppBindings>) {
  const lang = c.var.lang;
  const id = c.req.param("id")!;
  try {
    const view = unwrap(await c.env.CORE.portal().notice({ id }));
    return renderHtml(<NoticeDocument view={noticeViewFor(view, lang)} lang={lang} />);
  } catch (error) {
    if (error instanceof CoreError && (error.code === "not_found" || error.code === "validation_failed")) {
      const t = translator(lang, "subprocessors");
      return renderHtml(<MessagePage lang={lang} title={t("noticeNotFoundTitle")} path="/subprocessors" tone="error"><p>{t("noticeNotFoundText")}</p></MessagePage>, 404);
    }
    throw error;
  }
}
