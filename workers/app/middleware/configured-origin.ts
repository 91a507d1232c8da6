import { createMiddleware } from "hono/factory";
import type { AppBindings } from "../app-bindings";
import { readAppConfig } from "../app-config";
import { toConfiguredOrigin } from "../canonical-origin";

/** Redirects a request for another origin to the configured one; every handler after it sees one origin only. */
export const configuredOrigin = createMiddleware<AppBindings>(async (c, next) => {
  const config = readAppConfig(c.env);
  const request = toConfiguredOrigin(c.req.raw, config);
  if (request instanceof Response) return request;
  c.set("config", config);
  // The request as every handler (and Next.js) sees it from here on.
  c.req.raw = request;
  await next();
});
