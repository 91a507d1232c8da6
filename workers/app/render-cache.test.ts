import { describe, expect, it } from "vitest";
import { RenderCache } from "./render-cache";

/** A page that says how many times it was rendered, and which nonce its script carries. */
function counter(nonce = "n-first") {
  let renders = 0;
  const render = async () => {
    renders++;
    return new Response(`<p>render ${renders}</p><script nonce="${nonce}" src="/js/x.js"></script>`, { headers: { "content-type": "text/html; charset=utf-8" } });
  };
  return { render, renders: () => renders };
}

describe("RenderCache", () => {
  it("renders once per version and renders again as soon as the version changes", async () => {
    const cache = new RenderCache(10);
    const page = counter();
    const first = await (await cache.answer({ key: "v1|en", freshForMs: null }, "n-first", page.render)).text();
    const again = await (await cache.answer({ key: "v1|en", freshForMs: null }, "n-first", page.render)).text();
    expect(again).toBe(first);
    expect(page.renders()).toBe(1);
    expect(await (await cache.answer({ key: "v2|en", freshForMs: null }, "n-first", page.render)).text()).toContain("render 2");
    expect(await (await cache.answer({ key: "v2|fr", freshForMs: null }, "n-first", page.render)).text()).toContain("render 3");
  });

  it("gives each answer its own nonce, never the one the page was rendered with", async () => {
    const cache = new RenderCache(10);
    const page = counter("n-first");
    await cache.answer({ key: "v1", freshForMs: null }, "n-first", page.render);
    const answer = await cache.answer({ key: "v1", freshForMs: null }, "n-second", page.render);
    const html = await answer.text();
    expect(html).toContain('nonce="n-second"');
    expect(html).not.toContain("n-first");
    expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("never answers from an entry past the moment it turns stale with time", async () => {
    const cache = new RenderCache(10);
    const page = counter();
    await cache.answer({ key: "v1", freshForMs: 40 }, null, page.render);
    await cache.answer({ key: "v1", freshForMs: 40 }, null, page.render);
    expect(page.renders()).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(await (await cache.answer({ key: "v1", freshForMs: 40 }, null, page.render)).text()).toContain("render 2");
  });

  it("keeps no answer but a 200, and forgets the least recently used page first", async () => {
    const cache = new RenderCache(2);
    let notFound = 0;
    const missing = async () => new Response(`gone ${++notFound}`, { status: 404 });
    await cache.answer({ key: "x", freshForMs: null }, null, missing);
    expect((await cache.answer({ key: "x", freshForMs: null }, null, missing)).status).toBe(404);
    expect(notFound).toBe(2);

    const page = counter();
    await cache.answer({ key: "a", freshForMs: null }, null, page.render);
    await cache.answer({ key: "b", freshForMs: null }, null, page.render);
    await cache.answer({ key: "a", freshForMs: null }, null, page.render); // a is the most recent now
    await cache.answer({ key: "c", freshForMs: null }, null, page.render); // b makes room
    expect(page.renders()).toBe(3);
    await cache.answer({ key: "a", freshForMs: null }, null, page.render);
    expect(page.renders()).toBe(3);
    await cache.answer({ key: "b", freshForMs: null }, null, page.render);
    expect(page.renders()).toBe(4);
  });
});
