import { core, unwrap } from "../../../_lib/core";
import { langOf } from "../../../_lib/i18n/lang";
import { adminAction } from "../../_lib/action";

export const dynamic = "force-dynamic";

// POST /admin/rooms/finder-link – replace the room-finder link; the old key stops working.
export async function POST(request: Request) {
  const lang = langOf(request);
  return adminAction(request, `/admin/rooms?lang=${lang}`, async ({ sessionToken, csrf }) => {
    unwrap(await (await core()).rooms().rotateFinderKey({ sessionToken, csrf }));
    return `/admin/rooms?lang=${lang}&done=linkReplaced`;
  });
}
