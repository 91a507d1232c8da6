import type { Context } from "hono";
import { unwrap } from "@/app/_lib/core-result";
import { clearSessionCookieHeader, sessionTokenOf } from "@/app/_lib/session-cookie";
import type { AppBindings } from "../app-bindings";

// POST /admin/sign-out – end the session in the core (the cookie stops working everywhere), then forget it.
export async function signOut(c: Context<AppBindings>) {
  const lang = c.var.lang;
  c.set("backHref", `/admin?lang=${lang}`);
  unwrap(await c.env.CORE.admin().signOut({ sessionToken: sessionTokenOf(c.req.raw) }));
  return new Response(null, {
    status: 303,
    headers: { location: `/admin/sign-in?lang=${lang}`, "set-cookie": clearSessionCookieHeader() },
  });
}
