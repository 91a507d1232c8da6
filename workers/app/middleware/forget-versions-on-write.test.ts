import { Hono } from "hono";
import { beforeEach, describe, expect, it } from "vitest";
import type { AppBindings } from "../app-bindings";
import { pageVersions } from "../trusted-versions";
import { forgetVersionsOnWrite } from "./forget-versions-on-write";

const app = new Hono<AppBindings>();
app.use(forgetVersionsOnWrite);
app.post("/admin/notices/:id/publish", (c) => c.redirect("/admin/notices/1", 303));
app.post("/subprocessors/subscribe", (c) => c.text("Please correct the email address", 400));
app.post("/api/display/heartbeat", (c) => c.json({ ok: true }));
app.get("/subprocessors", (c) => c.text("list"));

/** Whether the next page asks the core for its version again (true) or answers from the trusted one. */
async function asksAgain(): Promise<boolean> {
  let asked = false;
  await pageVersions.version("subprocessors|en", async () => {
    asked = true;
    return { key: "v2", freshForMs: null };
  });
  return asked;
}

describe("forgetting trusted page versions after a write", () => {
  beforeEach(async () => {
    pageVersions.forgetAll();
    await pageVersions.version("subprocessors|en", async () => ({ key: "v1", freshForMs: null }));
  });

  it("forgets after a person's write that went through, so they see their change at once", async () => {
    expect((await app.request("/admin/notices/1/publish", { method: "POST" })).status).toBe(303);
    expect(await asksAgain()).toBe(true);
  });

  it("keeps them after a read, a refused write, and a tablet's heartbeat", async () => {
    await app.request("/subprocessors");
    expect((await app.request("/subprocessors/subscribe", { method: "POST" })).status).toBe(400);
    expect((await app.request("/api/display/heartbeat", { method: "POST" })).status).toBe(200);
    expect(await asksAgain()).toBe(false);
  });
});
