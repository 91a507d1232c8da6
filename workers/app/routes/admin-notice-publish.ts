import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import type { ErrorCode } from "@/workers/errors";
import { adminAction } from "./admin-action";

/** Refusals the admin can fix on the form itself: the notice page shows them beside the date, with what was typed. */
const REFUSALS_SHOWN_ON_THE_FORM: ReadonlySet<ErrorCode> = new Set(["effective_too_early", "validation_failed"]);

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
    const typed = fields.get("effectiveAt") ?? "";
    const result = await c.env.CORE.notices().publish({ sessionToken, csrf, noticeId: id, effectiveAt: effectiveAtOf(typed) });
    if (!result.ok && REFUSALS_SHOWN_ON_THE_FORM.has(result.error.code)) {
      return `${back}&refused=${result.error.code}&effectiveAt=${encodeURIComponent(typed)}#publish`;
    }
    unwrap(result);
    return `${back}&done=published`;
  });
}
