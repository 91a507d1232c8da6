import { createMiddleware } from "hono/factory";
import { langOf } from "@/app/_lib/i18n/lang";
import type { AppBindings } from "../app-bindings";

/** The request's language, for our handlers and (on the request it is handed) Next.js's layout. */
export const language = createMiddleware<AppBindings>(async (c, next) => {
  c.set("lang", langOf(c.req.raw));
  await next();
});
