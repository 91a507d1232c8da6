import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { adminAction } from "./admin-action";

// POST /admin/objections/{id}/resolve – record one of the four remedies; the customer is emailed.
export async function resolveObjection(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  return adminAction(c, `/admin?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    unwrap(await c.env.CORE.notices().resolveObjection({ sessionToken, csrf, objectionId: id, remedy: fields.get("remedy"), note: fields.get("note") ?? "" }));
    const noticeId = fields.get("noticeId") ?? "";
    return /^ntc_[0-9a-f]{20}$/.test(noticeId) ? `/admin/notices/${noticeId}?lang=${lang}&done=resolved` : `/admin?lang=${lang}`;
  });
}
