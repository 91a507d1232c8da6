import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { adminAction } from "./admin-action";

// POST /admin/rooms/finder-link – replace the room-finder link; the old key stops working.
export async function replaceFinderLink(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(c, `/admin/rooms?lang=${lang}`, async ({ sessionToken, csrf }) => {
    unwrap(await c.env.CORE.rooms().rotateFinderKey({ sessionToken, csrf }));
    return `/admin/rooms?lang=${lang}&done=linkReplaced`;
  });
}
