import { clientAddress, core, unwrap } from "../../_lib/core";
import { readForm } from "../../_lib/form";
import { langOf } from "../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../_lib/render";
import { CheckInboxPage, SignInPage } from "../_components/sign-in-pages";

export const dynamic = "force-dynamic";

// GET /admin/sign-in – the email form.
export function GET(request: Request) {
  return renderHtml(<SignInPage lang={langOf(request)} />);
}

// POST /admin/sign-in – email a sign-in link; the same answer whether or not the address is an admin.
export async function POST(request: Request) {
  const lang = langOf(request);
  try {
    const form = await readForm(request, lang);
    const email = form.get("email") ?? "";
    const result = await (await core()).admin().requestMagicLink({ email, lang, client: clientAddress(request) });
    if (!result.ok && result.error.code === "validation_failed") {
      return renderHtml(<SignInPage lang={lang} email={email} error={result.error.issues[0]?.message ?? result.error.message} />, 400);
    }
    unwrap(result);
    return renderHtml(<CheckInboxPage lang={lang} />);
  } catch (error) {
    return renderError(error, lang, { backHref: `/admin/sign-in?lang=${lang}` });
  }
}

