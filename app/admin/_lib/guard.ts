import { redirect } from "next/navigation";
import { core } from "../../_lib/core";
import { requestLang } from "../../_lib/i18n/request-lang";
import { sessionToken } from "../../_lib/session";

/** For admin pages: the signed-in admin, or a redirect to the sign-in page. */
export async function requireAdminPage() {
  const lang = await requestLang();
  const token = await sessionToken();
  const result = token ? await (await core()).admin().session({ sessionToken: token }) : undefined;
  if (!token || !result?.ok) redirect(`/admin/sign-in?lang=${lang}`);
  return { lang, sessionToken: token, admin: result.data };
}
