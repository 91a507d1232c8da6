import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { HtmlDocument } from "@/app/_lib/document";
import { colon } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { errorTable } from "@/workers/errors";
import { translator } from "@/i18n/translate";
import { adminAction, signInWhenNeeded } from "./admin-action";

// Deleting a draft cannot be undone, so it takes two steps: this page says what happens, and
// only its form (confirm=yes) deletes. Plain HTML, so it works without JavaScript; the
// destructive button is not focused first.

// GET /admin/notices/{id}/delete – ask to confirm deleting the draft.
export async function confirmDeleteDraft(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  const base = `/admin/notices/${encodeURIComponent(id)}`;
  signInWhenNeeded(c, `${base}?lang=${lang}`);
  const sessionToken = sessionTokenOf(c.req.raw);
  const { notice, current } = unwrap(await c.env.CORE.notices().get({ sessionToken, noticeId: id }));
  if (notice.status !== "draft") throw new CoreError("notice_not_draft", errorTable.notice_not_draft.status, [], errorTable.notice_not_draft.title);
  const { csrf } = unwrap(await c.env.CORE.admin().session({ sessionToken }));
  const t = translator(lang, "adminNotices");
  const change = `${t(`kinds.${notice.changeKind}`)}${colon(lang)}${String(notice.proposed.name ?? current?.name ?? notice.subprocessorId)}`;
  return renderHtml(
    <HtmlDocument lang={lang} title={t("deleteDraftTitle", { change })} path={`${base}/delete`}>
      <h1>{t("deleteDraftTitle", { change })}</h1>
      <p className="lead">{t("deleteDraftLead")}</p>
      <form className="actions" method="post" action={`${base}/delete?lang=${lang}`}>
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="danger">{t("deleteDraftConfirm")}</button>
        <a className="button secondary" href={`${base}?lang=${lang}`}>{t("keepDraft")}</a>
      </form>
    </HtmlDocument>,
  );
}

// POST /admin/notices/{id}/delete – delete the draft, once confirmed; otherwise ask first.
export async function deleteDraft(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  const base = `/admin/notices/${encodeURIComponent(id)}`;
  return adminAction(c, `${base}?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    if (fields.get("confirm") !== "yes") return `${base}/delete?lang=${lang}`;
    unwrap(await c.env.CORE.notices().deleteDraft({ sessionToken, csrf, noticeId: id }));
    return `/admin?lang=${lang}&done=deleted`;
  });
}
