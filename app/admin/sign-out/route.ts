import { langOf } from "../../_lib/i18n/lang";
import { clearSessionCookieHeader } from "../../_lib/session";

export const dynamic = "force-dynamic";

// POST /admin/sign-out – forget the session cookie.
export function POST(request: Request) {
  return new Response(null, {
    status: 303,
    headers: { location: `/admin/sign-in?lang=${langOf(request)}`, "set-cookie": clearSessionCookieHeader() },
  });
}
