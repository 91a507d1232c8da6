import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { clientAddress, unwrap } from "@/app/_lib/core-result";
import { readForm } from "@/app/_lib/form";
import { renderHtml } from "@/app/_lib/render";
import { CheckInboxPage, SignInPage } from "@/app/admin/_components/sign-in-pages";

// GET /admin/sign-in – the email form.
export async function signInForm(c: Context<AppBindings>) {
  return renderHtml(<SignInPage lang={c.var.lang} />);
}

// POST /admin/sign-in – email a sign-in link; the same answer whether or not the address is an admin.
export async function requestSignInLink(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  c.set("backHref", `/admin/sign-in?lang=${lang}`);
  const form = await readForm(request, lang);
  const email = form.get("email") ?? "";
  const result = await c.env.CORE.admin().requestMagicLink({ email, lang, client: clientAddress(request) });
  if (!result.ok && result.error.code === "validation_failed") {
    return renderHtml(<SignInPage lang={lang} email={email} error={result.error.issues[0]?.message ?? result.error.message} />, 400);
  }
  unwrap(result);
  return renderHtml(<CheckInboxPage lang={lang} />);
}

