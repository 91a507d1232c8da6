import { createMiddleware } from "hono/factory";
import type { AppBindings } from "../app-bindings";
import { pageVersions } from "../trusted-versions";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whatever a write changed (a published notice, a correction, a heartbeat that frees a room, an
 * unpaired display, a replaced finder link, a moved dev clock), the next page this isolate serves
 * asks the core for its version again. After the write, not before: a version asked for while it
 * was under way is not kept either (trusted-versions.ts).
 */
export const forgetVersionsOnWrite = createMiddleware<AppBindings>(async (c, next) => {
  if (READS.has(c.req.method)) return next();
  try {
    await next();
  } finally {
    pageVersions.forgetAll();
  }
});
