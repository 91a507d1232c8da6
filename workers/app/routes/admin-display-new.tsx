import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { adminAction } from "./admin-action";
import { DisplayForm, displayFieldsOf } from "@/app/admin/rooms/_components/display-form";
import { translator } from "@/i18n/translate";
import { RoomsDocument } from "@/app/admin/rooms/_lib/rooms-page";
import { roomsPage, roomsSession } from "./admin-action";

// GET /admin/rooms/new – the form for a new display.
export async function newDisplayForm(c: Context<AppBindings>) {
  return roomsPage(c, async (lang) => {
    const { csrf, email } = await roomsSession(c);
    const t = translator(lang, "adminRooms");
    return (
      <RoomsDocument lang={lang} title={t("addDisplay")} email={email} path="/admin/rooms/new">
        <h1>{t("addDisplay")}</h1>
        <DisplayForm lang={lang} csrf={csrf} action={`/admin/rooms/new?lang=${lang}`} submitLabel={t("create")} />
      </RoomsDocument>
    );
  });
}

// POST /admin/rooms/new – add the display, then show it (where it can be paired).
export async function addDisplay(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(c, `/admin/rooms/new?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    const result = await c.env.CORE.rooms().save({ sessionToken, csrf, fields: displayFieldsOf(fields) });
    if (!result.ok && (result.error.code === "validation_failed" || result.error.code === "display_name_taken" || result.error.code === "name_confusable")) {
      const { email } = await roomsSession(c);
      const t = translator(lang, "adminRooms");
      return renderHtml(
        <RoomsDocument lang={lang} title={t("addDisplay")} email={email} path="/admin/rooms/new">
          <h1>{t("addDisplay")}</h1>
          <DisplayForm lang={lang} csrf={csrf} action={`/admin/rooms/new?lang=${lang}`} submitLabel={t("create")} values={fields} issues={result.error.issues} />
        </RoomsDocument>,
        result.error.status,
      );
    }
    const { id } = unwrap(result);
    return `/admin/rooms/${id}?lang=${lang}&done=saved`;
  });
}
