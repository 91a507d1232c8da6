import { core, unwrap } from "../../../_lib/core";
import { langOf } from "../../../_lib/i18n/lang";
import { renderHtml } from "../../../_lib/render";
import { adminAction } from "../../_lib/action";
import { DisplayForm, displayFieldsOf } from "../_components/display-form";
import { roomsText } from "../_i18n";
import { RoomsDocument, roomsGet, roomsSession } from "../_lib/rooms-page";

export const dynamic = "force-dynamic";

// GET /admin/rooms/new – the form for a new display.
export async function GET(request: Request) {
  return roomsGet(request, async (lang) => {
    const { csrf, email } = await roomsSession(request);
    const t = roomsText(lang);
    return (
      <RoomsDocument lang={lang} title={t.addDisplay} email={email} path="/admin/rooms/new">
        <h1>{t.addDisplay}</h1>
        <DisplayForm lang={lang} csrf={csrf} action={`/admin/rooms/new?lang=${lang}`} submitLabel={t.create} />
      </RoomsDocument>
    );
  });
}

// POST /admin/rooms/new – add the display, then show it (where it can be paired).
export async function POST(request: Request) {
  const lang = langOf(request);
  return adminAction(request, `/admin/rooms/new?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    const result = await (await core()).rooms().save({ sessionToken, csrf, fields: displayFieldsOf(fields) });
    if (!result.ok && (result.error.code === "validation_failed" || result.error.code === "display_name_taken" || result.error.code === "name_confusable")) {
      const { email } = await roomsSession(request);
      const t = roomsText(lang);
      return renderHtml(
        <RoomsDocument lang={lang} title={t.addDisplay} email={email} path="/admin/rooms/new">
          <h1>{t.addDisplay}</h1>
          <DisplayForm lang={lang} csrf={csrf} action={`/admin/rooms/new?lang=${lang}`} submitLabel={t.create} values={fields} issues={result.error.issues} />
        </RoomsDocument>,
        result.error.status,
      );
    }
    const { id } = unwrap(result);
    return `/admin/rooms/${id}?lang=${lang}&done=saved`;
  });
}
