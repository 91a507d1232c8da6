import type { Context } from "hono";
import { langOf } from "@/app/_lib/i18n/lang";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { roomFinderPage } from "@/app/rooms/_pages/finder-page";
import type { AppBindings } from "../app-bindings";
import { RenderCache } from "../render-cache";
import { pageVersions, wantsRevalidation } from "../trusted-versions";

/** Per organisation, query and language: busy finders stay, rarely opened ones make room. */
const pages = new RenderCache(500);

// GET /rooms/{org} – the page component's HTML, rendered once per board version (every change its
// live pages are told of), query (key, filters, view) and language: a board changes a few times a
// minute, its finder is opened far more often; the version is trusted for a second in this isolate
// (trusted-versions.ts). Refused access is never cached: it renders every time.
export async function roomFinder(c: Context<AppBindings>) {
  const org = c.req.param("org") ?? "";
  const url = new URL(c.req.url);
  const render = () => roomFinderPage(c.req.raw, org, c.env.CORE, c.var.nonce);
  const key = url.searchParams.get("key")?.slice(0, 64) || undefined;
  const slug = org.slice(0, 64).toLowerCase();
  const sessionToken = sessionTokenOf(c.req.raw);
  url.searchParams.sort();
  const page = [url.pathname, url.searchParams.toString(), langOf(c.req.raw)].join("|");
  // Trusted per access too (link key, session): a version is only ever reused for the same
  // credentials the core accepted, so a refused one is asked about, and refused, every time.
  const version = await pageVersions.version(JSON.stringify(["finder", slug, key ?? null, sessionToken ?? null, page]), async () => {
    const answer = await c.env.CORE.finder().version({ slug, key, sessionToken });
    return answer.ok ? { key: `${answer.data.version}|${page}`, freshForMs: answer.data.freshForMs } : null;
  }, { revalidate: wantsRevalidation(c.req.raw) });
  if (!version) return render();
  return pages.answer(version, c.var.nonce, render);
}
