import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { adminAction } from "./admin-action";

// POST /admin/rooms/settings – snapshot retention, occupancy reporting and the calendar sign-in client ids, the panel's booking subject.
export async function saveRoomsSettings(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(c, `/admin/rooms?lang=${lang}#settings`, async ({ fields, sessionToken, csrf }) => {
    unwrap(
      await c.env.CORE.rooms().settings({
        sessionToken,
        csrf,
        retentionMonths: fields.get("retentionMonths") ?? "",
        occupancyReporting: fields.get("occupancyReporting") ?? "",
        scheduleStaleMinutes: fields.get("scheduleStaleMinutes") ?? "",
        microsoftClientId: fields.get("microsoftClientId") ?? "",
        microsoftTenantId: fields.get("microsoftTenantId") ?? "",
        googleClientId: fields.get("googleClientId") ?? "",
        bookingSubject: fields.get("bookingSubject") ?? "",
      }),
    );
    return `/admin/rooms?lang=${lang}&done=saved`;
  });
}
