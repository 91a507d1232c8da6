import { createMiddleware } from "hono/factory";
import type { AppBindings } from "../app-bindings";
import { pageVersions } from "../trusted-versions";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whatever a person's write changed (a published notice, a correction, an unpaired display, a
 * replaced finder link, a moved dev clock), the next page this isolate serves asks the core for
 * its version again, so whoever made the change sees it at once. After the write, not before: a
 * version asked for while it was under way is not kept either (trusted-versions.ts).
 *
 * Not after a refused write (4xx/5xx: nothing was written), and not after a machine's (`/api/…`:
 * tablets' heartbeats, the email provider's events). Nobody reads those back through this isolate
 * expecting them at once; their change shows within the trust's one second, as one arriving
 * through another isolate does, and forgetting on each of a thousand tablets' heartbeats would
 * leave the pages nothing to trust (ADR 018).
 */
export const forgetVersionsOnWrite = createMiddleware<AppBindings>(async (c, next) => {
  await next();
  if (READS.has(c.req.method) || c.req.path.startsWith("/api/") || c.res.status >= 400) return;
  pageVersions.forgetAll();
});
