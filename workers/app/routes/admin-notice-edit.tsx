import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { NoticeFormPage } from "@/app/admin/_components/notice-form";
import { errorTable } from "@/workers/errors";
import { adminAction, signInWhenNeeded } from "./admin-action";
import { draftInput, formContext } from "./admin-notice-draft";

interface StoredDraft {
  changeKind: string;
  subprocessorId: string;
  proposed: Record<string, string | string[]>;
  reason: string;
  proposedFrench: Record<string, string | string[] | undefined> | null;
  reasonFrench: string | null;
}

/** A stored draft as the form's flat fields, French included (`purposeFr`…), so the form opens with what was saved. */
function formValuesOf(notice: StoredDraft): Map<string, string> {
  const values = new Map<string, string>([["changeKind", notice.changeKind], ["reason", notice.reason], ["reasonFr", notice.reasonFrench ?? ""]]);
  if (notice.changeKind !== "add") values.set("subprocessorId", notice.subprocessorId);
  const flat = (value: string | string[]) => (Array.isArray(value) ? value.join("\n") : value);
  for (const [field, value] of Object.entries(notice.proposed)) values.set(field, flat(value));
  for (const [field, value] of Object.entries(notice.proposedFrench ?? {})) if (value !== undefined) values.set(`${field}Fr`, flat(value));
  return values;
}

// GET /admin/notices/{id}/edit – the draft form, filled with the saved draft.
export async function editDraftForm(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  signInWhenNeeded(c, `/admin/notices/${encodeURIComponent(id)}?lang=${lang}`);
  const { notice } = unwrap(await c.env.CORE.notices().get({ sessionToken: sessionTokenOf(c.req.raw), noticeId: id }));
  if (notice.status !== "draft") throw new CoreError("notice_not_draft", errorTable.notice_not_draft.status, [], errorTable.notice_not_draft.title);
  return renderHtml(<NoticeFormPage lang={lang} {...await formContext(c.env.CORE, c.req.raw)} values={formValuesOf(notice)} editing={notice.id} />);
}

// POST /admin/notices/{id}/edit – save the rewritten draft, then show it.
export async function editDraft(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  const back = `/admin/notices/${encodeURIComponent(id)}?lang=${lang}`;
  return adminAction(c, back, async ({ fields, sessionToken, csrf }) => {
    const result = await c.env.CORE.notices().editDraft({ sessionToken, csrf, noticeId: id, ...draftInput(fields) });
    if (!result.ok && (result.error.code === "validation_failed" || result.error.code === "name_confusable")) {
      // The form again, with what was typed and each problem next to its field.
      return renderHtml(<NoticeFormPage lang={lang} {...await formContext(c.env.CORE, c.req.raw)} values={fields} issues={result.error.issues} editing={id} />, result.error.status);
    }
    unwrap(result);
    return `${back}&done=edited`;
  });
}
