import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { adminAction } from "./admin-action";
import { displayPage } from "./admin-display";

// POST /admin/rooms/{id}/pairing-code – a fresh code, shown on the display's page (never stored in a URL).
export async function createPairingCode(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  return adminAction(c, `/admin/rooms/${encodeURIComponent(id)}?lang=${lang}`, async ({ sessionToken, csrf }) => {
    const pairing = unwrap(await c.env.CORE.rooms().pairingCode({ sessionToken, csrf, id }));
    return renderHtml(await displayPage(c, id, lang, { pairing }));
  });
}
