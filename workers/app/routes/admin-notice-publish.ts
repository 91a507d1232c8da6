import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { adminAction } from "./admin-action";

/** A datetime-local value, read as UTC (the admin pages show every date in UTC). */
function effectiveAtOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? -1 : ms;
}

// POST /admin/notices/{id}/publish – start the notice's clock and email every subscriber.
export async function publishNotice(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  const back = `/admin/notices/${encodeURIComponent(id)}?lang=${lang}`;
  return adminAction(c, back, async ({ fields, sessionToken, csrf }) => {
    unwrap(await c.env.CORE.notices().publish({ sessionToken, csrf, noticeId: id, effectiveAt: effectiveAtOf(fields.get("effectiveAt")) }));
    return `${back}&done=published`;
  });
}
