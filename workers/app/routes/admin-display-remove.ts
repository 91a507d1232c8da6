import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { adminAction } from "./admin-action";

// POST /admin/rooms/{id}/remove – remove the display.
export async function removeDisplay(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  return adminAction(c, `/admin/rooms/${encodeURIComponent(id)}?lang=${lang}`, async ({ sessionToken, csrf }) => {
    unwrap(await c.env.CORE.rooms().remove({ sessionToken, csrf, id }));
    return `/admin/rooms?lang=${lang}&done=removed`;
  });
}
