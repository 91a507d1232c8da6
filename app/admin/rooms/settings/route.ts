import { core, unwrap } from "../../../_lib/core";
import { langOf } from "../../../_lib/i18n/lang";
import { adminAction } from "../../_lib/action";

export const dynamic = "force-dynamic";

// POST /admin/rooms/settings – snapshot retention, occupancy reporting and the calendar sign-in client ids.
export async function POST(request: Request) {
  const lang = langOf(request);
  return adminAction(request, `/admin/rooms?lang=${lang}#settings`, async ({ fields, sessionToken, csrf }) => {
    unwrap(
      await (await core()).rooms().settings({
        sessionToken,
        csrf,
        retentionMonths: fields.get("retentionMonths") ?? "",
        occupancyReporting: fields.get("occupancyReporting") ?? "",
        scheduleStaleMinutes: fields.get("scheduleStaleMinutes") ?? "",
        microsoftClientId: fields.get("microsoftClientId") ?? "",
        microsoftTenantId: fields.get("microsoftTenantId") ?? "",
        googleClientId: fields.get("googleClientId") ?? "",
      }),
    );
    return `/admin/rooms?lang=${lang}&done=saved`;
  });
}
