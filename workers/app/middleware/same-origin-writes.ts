import { createMiddleware } from "hono/factory";
import { CoreError } from "@/app/_lib/core-result";
import { translator } from "@/i18n/translate";
import type { AppBindings } from "../app-bindings";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Browsers send Origin on cross-site form posts; refuse those (first line of CSRF defence; admin
 * forms also carry a per-session token the core checks). Requests without Origin are mail
 * providers' RFC 8058 one-click unsubscribes and API clients, which carry no cookies of ours — so
 * Hono's own csrf() (which refuses a form post without Origin) does not fit.
 */
export const sameOriginWrites = createMiddleware<AppBindings>(async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header("origin");
    if (origin !== undefined && origin !== c.var.config.origin.origin) {
      throw new CoreError("csrf_failed", 403, [], translator(c.var.lang, "errors")("csrf_failed"));
    }
  }
  await next();
});
