import { CoreError } from "../../_lib/core";
import { readForm } from "../../_lib/form";
import type { Lang } from "../../_lib/i18n/lang";
import { langOf } from "../../_lib/i18n/lang";
import { renderError } from "../../_lib/render";
import { sessionTokenOf } from "../../_lib/session";

/** Admin forms carry more text than public ones (a notice, a resolution note). */
const MAX_ADMIN_FORM_BYTES = 32 * 1024;

export interface AdminForm {
  fields: Map<string, string>;
  sessionToken: string;
  csrf: string;
  lang: Lang;
}

/**
 * The shape of every admin form post: read the form, attach the session and its anti-CSRF value
 * (the core checks both), run the change, then 303 to where the person should look next (or
 * answer with a page, e.g. the form again with its problems).
 * Errors become a page in their language with the right status; no session means sign in.
 */
export async function adminAction(
  request: Request,
  backHref: string,
  change: (form: AdminForm) => Promise<string | Response>,
  maxBytes = MAX_ADMIN_FORM_BYTES,
): Promise<Response> {
  const lang = langOf(request);
  const sessionToken = sessionTokenOf(request);
  if (!sessionToken) return seeOther(`/admin/sign-in?lang=${lang}`);
  try {
    const fields = await readForm(request, lang, maxBytes);
    const next = await change({ fields, sessionToken, csrf: fields.get("csrf") ?? "", lang });
    return typeof next === "string" ? seeOther(next) : next;
  } catch (error) {
    if (error instanceof CoreError && error.code === "unauthenticated") return seeOther(`/admin/sign-in?lang=${lang}`);
    return renderError(error, lang, { backHref });
  }
}

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location } });
}
