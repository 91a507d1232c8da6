import { core, unwrap } from "../../../../_lib/core";
import { langOf } from "../../../../_lib/i18n/lang";
import { adminAction } from "../../../_lib/action";

export const dynamic = "force-dynamic";

// POST /admin/objections/{id}/resolve – record one of the four remedies; the customer is emailed.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lang = langOf(request);
  return adminAction(request, `/admin?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    unwrap(await (await core()).notices().resolveObjection({ sessionToken, csrf, objectionId: id, remedy: fields.get("remedy"), note: fields.get("note") ?? "" }));
    const noticeId = fields.get("noticeId") ?? "";
    return /^ntc_[0-9a-f]{20}$/.test(noticeId) ? `/admin/notices/${noticeId}?lang=${lang}&done=resolved` : `/admin?lang=${lang}`;
  });
}
