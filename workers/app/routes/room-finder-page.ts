import type { Context } from "hono";
import { langOf } from "@/app/_lib/i18n/lang";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { roomFinderPage } from "@/app/rooms/_pages/finder-page";
import type { AppBindings } from "../app-bindings";
import { RenderCache } from "../render-cache";

/** Per organisation, query and language: busy finders stay, rarely opened ones make room. */
const pages = new RenderCache(500);

// GET /rooms/{org} – the page component's HTML, rendered once per board version (every change its
// live pages are told of), query (key, filters, view) and language: a board changes a few times a
// minute, its finder is opened far more often. Refused access is never cached: it renders every time.
export async function roomFinder(c: Context<AppBindings>) {
  const org = c.req.param("org") ?? "";
  const url = new URL(c.req.url);
  const render = () => roomFinderPage(c.req.raw, org, c.env.CORE, c.var.nonce);
  const key = url.searchParams.get("key")?.slice(0, 64) || undefined;
  const version = await c.env.CORE.finder().version({ slug: org.slice(0, 64).toLowerCase(), key, sessionToken: sessionTokenOf(c.req.raw) });
  if (!version.ok) return render();
  url.searchParams.sort();
  const cacheKey = [version.data.version, url.pathname, url.searchParams.toString(), langOf(c.req.raw)].join("|");
  return pages.answer({ key: cacheKey, freshForMs: version.data.freshForMs }, c.var.nonce, render);
}
