import { redirect } from "next/navigation";
import { core } from "@/app/_lib/core";
import { requestLang } from "@/app/_lib/i18n/request-lang";
import { sessionToken } from "@/app/_lib/session";

/** For admin pages: the signed-in admin, or a redirect to the sign-in page. */
export async function requireAdminPage() {
  const lang = await requestLang();
  const token = await sessionToken();
  const result = token ? await (await core()).admin().session({ sessionToken: token }) : undefined;
  if (!token || !result?.ok) redirect(`/admin/sign-in?lang=${lang}`);
  // An organisation's people have their own pages; the subprocessor portal is the vendor's.
  if (result.data.role !== "vendor_admin") redirect(`/admin/rooms?lang=${lang}`);
  return { lang, sessionToken: token, admin: result.data };
}

/** For room admin pages: the signed-in organisation admin, or sign-in (or the vendor's admin). */
export async function requireRoomsAdminPage() {
  const lang = await requestLang();
  const token = await sessionToken();
  const result = token ? await (await core()).admin().session({ sessionToken: token }) : undefined;
  if (!token || !result?.ok) redirect(`/admin/sign-in?lang=${lang}`);
  if (result.data.role === "vendor_admin") redirect(`/admin?lang=${lang}`);
  if (result.data.role !== "org_admin") redirect(`/admin/sign-in?lang=${lang}&role=member`);
  return { lang, sessionToken: token, admin: result.data };
}
