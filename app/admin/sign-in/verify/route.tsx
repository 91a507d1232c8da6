import { core, unwrap } from "../../../_lib/core";
import { readForm } from "../../../_lib/form";
import { langOf } from "../../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../../_lib/render";
import { sessionCookieHeader } from "../../../_lib/session";
import { VerifyPage } from "../../_components/sign-in-pages";

export const dynamic = "force-dynamic";

// GET /admin/sign-in/verify?token=… – a button, so link scanners that open emails don't spend the link.
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return renderHtml(<VerifyPage lang={langOf(request)} token={token} />);
}

// POST /admin/sign-in/verify – spend the link once, start a session, go to the admin.
export async function POST(request: Request) {
  const lang = langOf(request);
  try {
    const form = await readForm(request, lang);
    const session = unwrap(await (await core()).admin().redeemMagicLink({ token: form.get("token") ?? "" }));
    return new Response(null, {
      status: 303,
      headers: { location: `${session.home}?lang=${lang}`, "set-cookie": sessionCookieHeader(request, session.sessionToken, session.maxAgeSeconds) },
    });
  } catch (error) {
    return renderError(error, lang, { backHref: `/admin/sign-in?lang=${lang}` });
  }
}
