import { core, unwrap } from "../../../../_lib/core";
import { langOf } from "../../../../_lib/i18n/lang";
import { adminAction } from "../../../_lib/action";

export const dynamic = "force-dynamic";

/** A datetime-local value, read as UTC (the admin pages show every date in UTC). */
function effectiveAtOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? -1 : ms;
}

// POST /admin/notices/{id}/publish – start the notice's clock and email every subscriber.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lang = langOf(request);
  const back = `/admin/notices/${encodeURIComponent(id)}?lang=${lang}`;
  return adminAction(request, back, async ({ fields, sessionToken, csrf }) => {
    unwrap(await (await core()).notices().publish({ sessionToken, csrf, noticeId: id, effectiveAt: effectiveAtOf(fields.get("effectiveAt")) }));
    return `${back}&done=published`;
  });
}
