import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { adminAction } from "./admin-action";

// POST /admin/notices/{id}/withdraw – cancel the change; subscribers and objectors are told.
export async function withdrawNotice(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  const back = `/admin/notices/${encodeURIComponent(id)}?lang=${lang}`;
  return adminAction(c, back, async ({ fields, sessionToken, csrf }) => {
    unwrap(await c.env.CORE.notices().withdraw({ sessionToken, csrf, noticeId: id, reason: fields.get("reason") ?? "" }));
    return `${back}&done=withdrawn`;
  });
}
