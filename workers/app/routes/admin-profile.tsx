import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { ProfilePage } from "@/app/admin/profile/_components/profile-page";
import { adminAction, signInWhenNeeded } from "./admin-action";

// GET /admin/profile – the signed-in admin's profile: the language of their emails.
export async function profilePage(c: Context<AppBindings>) {
  const lang = c.var.lang;
  signInWhenNeeded(c, `/admin?lang=${lang}`);
  const profile = unwrap(await c.env.CORE.admin().profile({ sessionToken: sessionTokenOf(c.req.raw) }));
  return renderHtml(<ProfilePage lang={lang} profile={profile} saved={c.req.query("done") === "saved"} />);
}

// POST /admin/profile – change the language of their emails.
export async function saveProfile(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(c, `/admin/profile?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    unwrap(await c.env.CORE.admin().changeEmailLang({ sessionToken, csrf, emailLang: fields.get("emailLang") ?? "" }));
    return `/admin/profile?lang=${lang}&done=saved`;
  });
}
