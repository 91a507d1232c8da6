import { core, CoreError, unwrap } from "../../../_lib/core";
import { langOf } from "../../../_lib/i18n/lang";
import { renderError } from "../../../_lib/render";
import { sessionTokenOf } from "../../../_lib/session";
import { seeOther } from "../../_lib/action";
import { utilisationCsv } from "../analytics/_lib/utilisation-csv";

export const dynamic = "force-dynamic";

// GET /admin/rooms/analytics.csv?days=28 – one row per room, 168 hour-of-week columns.
export async function GET(request: Request) {
  const lang = langOf(request);
  const days = Number(new URL(request.url).searchParams.get("days") ?? 28);
  try {
    const data = unwrap(await (await core()).rooms().utilisation({ sessionToken: sessionTokenOf(request), days: Number.isInteger(days) ? days : 28 }));
    return new Response(utilisationCsv(data), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="roomtrust-utilisation-${days}d.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof CoreError && error.code === "unauthenticated") return seeOther(`/admin/sign-in?lang=${lang}`);
    return renderError(error, lang, { backHref: `/admin/rooms/analytics?lang=${lang}` });
  }
}
