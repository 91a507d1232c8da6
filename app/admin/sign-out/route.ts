import { core, unwrap } from "../../_lib/core";
import { langOf } from "../../_lib/i18n/lang";
import { renderError } from "../../_lib/render";
import { clearSessionCookieHeader, sessionTokenOf } from "../../_lib/session";

export const dynamic = "force-dynamic";

// POST /admin/sign-out – end the session in the core (the cookie stops working everywhere), then forget it.
export async function POST(request: Request) {
  const lang = langOf(request);
  try {
    unwrap(await (await core()).admin().signOut({ sessionToken: sessionTokenOf(request) }));
  } catch (error) {
    return renderError(error, lang, { backHref: `/admin?lang=${lang}` });
  }
  return new Response(null, {
    status: 303,
    headers: { location: `/admin/sign-in?lang=${lang}`, "set-cookie": clearSessionCookieHeader() },
  });
}
