import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { WithdrawFormPage } from "@/app/admin/_components/withdraw-form";
import { adminAction } from "./admin-action";

// POST /admin/notices/{id}/withdraw – cancel the change; subscribers and objectors are told.
export async function withdrawNotice(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  const back = `/admin/notices/${encodeURIComponent(id)}?lang=${lang}`;
  return adminAction(c, back, async ({ fields, sessionToken, csrf }) => {
    const result = await c.env.CORE.notices().withdraw({ sessionToken, csrf, noticeId: id, reason: fields.get("reason") ?? "", reasonFr: fields.get("reasonFr") ?? "" });
    if (!result.ok && result.error.code === "validation_failed") {
      // The form again, with what was typed (French included) and each problem next to its field;
      // the input is checked before the caller, so the session is verified before anything is shown.
      const session = unwrap(await c.env.CORE.admin().session({ sessionToken }));
      return renderHtml(<WithdrawFormPage lang={lang} csrf={session.csrf} noticeId={id} values={fields} issues={result.error.issues} />, result.error.status);
    }
    unwrap(result);
    return `${back}&done=withdrawn`;
  });
}
