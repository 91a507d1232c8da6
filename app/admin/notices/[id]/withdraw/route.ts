import { core, unwrap } from "../../../../_lib/core";
import { langOf } from "../../../../_lib/i18n/lang";
import { adminAction } from "../../../_lib/action";

export const dynamic = "force-dynamic";

// POST /admin/notices/{id}/withdraw – cancel the change; subscribers and objectors are told.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lang = langOf(request);
  const back = `/admin/notices/${encodeURIComponent(id)}?lang=${lang}`;
  return adminAction(request, back, async ({ fields, sessionToken, csrf }) => {
    unwrap(await (await core()).notices().withdraw({ sessionToken, csrf, noticeId: id, reason: fields.get("reason") ?? "" }));
    return `${back}&done=withdrawn`;
  });
}
