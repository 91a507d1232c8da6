import type { Context } from "hono";
import { langOf } from "@/app/_lib/i18n/lang";
import { subprocessorsPage } from "@/app/subprocessors/_pages/list-page";
import type { AppBindings } from "../app-bindings";
import { RenderCache } from "../render-cache";
import { pageVersions, wantsRevalidation } from "../trusted-versions";

/** One list version in two languages, and the versions just before it. */
const pages = new RenderCache(8);

// GET /subprocessors – the page component's HTML, rendered once per list version and language
// (the list changes a few times a year), its version trusted for a second (trusted-versions.ts).
// Without a version from the core it renders every time,
// and so does any other question than the current list (`?at=DATE`, the list on a past date).
export async function subprocessors(c: Context<AppBindings>) {
  const render = () => subprocessorsPage(c.req.raw, c.env.CORE);
  const asksMore = [...new URL(c.req.url).searchParams.keys()].some((name) => name !== "lang");
  if (asksMore) return render();
  const lang = langOf(c.req.raw);
  const version = await pageVersions.version(`subprocessors|${lang}`, async () => {
    const answer = await c.env.CORE.portal().publicListVersion();
    return answer.ok ? { key: `${answer.data.version}|${lang}`, freshForMs: answer.data.freshForMs } : null;
  }, { revalidate: wantsRevalidation(c.req.raw) });
  if (!version) return render();
  return pages.answer(version, null, render);
}
