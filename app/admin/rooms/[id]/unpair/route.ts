import { core, unwrap } from "../../../../_lib/core";
import { langOf } from "../../../../_lib/i18n/lang";
import { adminAction } from "../../../_lib/action";

export const dynamic = "force-dynamic";

// POST /admin/rooms/{id}/unpair – revoke the tablet's device token.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lang = langOf(request);
  return adminAction(request, `/admin/rooms/${encodeURIComponent(id)}?lang=${lang}`, async ({ sessionToken, csrf }) => {
    unwrap(await (await core()).rooms().unpair({ sessionToken, csrf, id }));
    return `/admin/rooms?lang=${lang}&done=unpaired`;
  });
}
