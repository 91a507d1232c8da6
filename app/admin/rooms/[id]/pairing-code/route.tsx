import { core, unwrap } from "../../../../_lib/core";
import { langOf } from "../../../../_lib/i18n/lang";
import { renderHtml } from "../../../../_lib/render";
import { adminAction } from "../../../_lib/action";
import { displayPage } from "../route";

export const dynamic = "force-dynamic";

// POST /admin/rooms/{id}/pairing-code – a fresh code, shown on the display's page (never stored in a URL).
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lang = langOf(request);
  return adminAction(request, `/admin/rooms/${encodeURIComponent(id)}?lang=${lang}`, async ({ sessionToken, csrf }) => {
    const pairing = unwrap(await (await core()).rooms().pairingCode({ sessionToken, csrf, id }));
    return renderHtml(await displayPage(request, id, lang, { pairing }));
  });
}
