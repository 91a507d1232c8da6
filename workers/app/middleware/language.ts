import { createMiddleware } from "hono/factory";
import { langOf } from "../../../app/_lib/i18n/lang";
import { LANG_HEADER, PATH_HEADER } from "../../../app/_lib/i18n/request-headers";
import type { AppBindings } from "../app-bindings";
import { withRequestHeaders } from "./forward-headers";

/** The request's language, for our handlers (c.var.lang) and for Next.js's layout (a request header). */
export const language = createMiddleware<AppBindings>(async (c, next) => {
  const lang = langOf(c.req.raw);
  c.set("lang", lang);
  const url = new URL(c.req.url);
  url.searchParams.delete("lang");
  c.req.raw = withRequestHeaders(c.req.raw, { [LANG_HEADER]: lang, [PATH_HEADER]: url.pathname + url.search });
  await next();
});
