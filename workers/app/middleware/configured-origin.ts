import { createMiddleware } from "hono/factory";
import type { AppBindings } from "../app-bindings";
import { readAppConfig } from "../app-config";
import { toConfiguredOrigin } from "../canonical-origin";

/** Redirects a request for another origin to the configured one; every handler after it sees one origin only. */
export const configuredOrigin = createMiddleware<AppBindings>(async (c, next) => {
  const config = readAppConfig(c.env);
  const redirect = toConfiguredOrigin(c.req.raw, config);
  if (redirect) return redirect;
  c.set("config", config);
  await next();
});
