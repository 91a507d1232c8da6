import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { readForm } from "@/app/_lib/form";
import { renderHtml } from "@/app/_lib/render";
import { sessionCookieHeader } from "@/app/_lib/session-cookie";
import { VerifyPage } from "@/app/admin/_components/sign-in-pages";

// GET /admin/sign-in/verify?token=… – a button, so link scanners that open emails don't spend the link.
export async function verifySignInForm(c: Context<AppBindings>) {
  const request = c.req.raw;
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return renderHtml(<VerifyPage lang={c.var.lang} token={token} />);
}

// POST /admin/sign-in/verify – spend the link once, start a session, go to the admin.
export async function verifySignIn(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  c.set("backHref", `/admin/sign-in?lang=${lang}`);
  const form = await readForm(request, lang);
  const session = unwrap(await c.env.CORE.admin().redeemMagicLink({ token: form.get("token") ?? "" }));
  return new Response(null, {
    status: 303,
    headers: { location: `${session.home}?lang=${lang}`, "set-cookie": sessionCookieHeader(request, session.sessionToken, session.maxAgeSeconds) },
  });
}
