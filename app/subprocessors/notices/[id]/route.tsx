import { core, CoreError, unwrap } from "../../../_lib/core";
import { langOf } from "../../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../../_lib/render";
import { portalText } from "../../_i18n";
import { MessagePage } from "../../_components/message-page";
import { NoticeDocument } from "../../_components/notice-document";

export const dynamic = "force-dynamic";

// GET /subprocessors/notices/{id} – one published notice and its clock. A route handler rather
// than a page so that drafts and unknown ids answer a real 404 document, with JavaScript off too.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const lang = langOf(request);
  const { id } = await params;
  try {
    const view = unwrap(await (await core()).portal().notice({ id }));
    return renderHtml(<NoticeDocument view={view} lang={lang} />);
  } catch (error) {
    if (error instanceof CoreError && (error.code === "not_found" || error.code === "validation_failed")) {
      const t = portalText(lang);
      return renderHtml(<MessagePage lang={lang} title={t.noticeNotFoundTitle} path="/subprocessors" tone="error"><p>{t.noticeNotFoundText}</p></MessagePage>, 404);
    }
    return renderError(error, lang);
  }
}
