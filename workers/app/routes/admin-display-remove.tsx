import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { translator } from "@/i18n/translate";
import { RoomsDocument } from "@/app/admin/rooms/_lib/rooms-page";
import { adminAction, roomsPage, roomsSession } from "./admin-action";

// Removing a display cannot be undone and its button sat right under Save, so it takes two
// steps: this page says what happens, and only its form (confirm=yes) removes. Plain HTML, so
// it works without JavaScript; the destructive button is not focused first.

// GET /admin/rooms/{id}/remove – ask to confirm the removal.
export async function confirmRemoveDisplay(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  return roomsPage(c, async (lang) => {
    const { csrf, email, overview } = await roomsSession(c);
    const display = overview.displays.find((d) => d.id === id);
    if (!display) throw new CoreError("not_found", 404, [], "Not found.");
    const t = translator(lang, "adminRooms");
    const base = `/admin/rooms/${display.id}`;
    return (
      <RoomsDocument lang={lang} title={t("removeConfirmTitle", { name: display.name })} email={email} path={`${base}/remove`}>
        <h1>{t("removeConfirmTitle", { name: display.name })}</h1>
        <p className="lead">{t("removeConfirmLead")}</p>
        <form className="actions" method="post" action={`${base}/remove?lang=${lang}`}>
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" className="danger">{t("removeConfirm", { name: display.name })}</button>
          <a className="button secondary" href={`${base}?lang=${lang}`}>{t("removeCancel")}</a>
        </form>
      </RoomsDocument>
    );
  });
}

// POST /admin/rooms/{id}/remove – remove the display, once confirmed; otherwise ask first.
export async function removeDisplay(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  const confirmPage = `/admin/rooms/${encodeURIComponent(id)}/remove?lang=${lang}`;
  return adminAction(c, `/admin/rooms/${encodeURIComponent(id)}?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    if (fields.get("confirm") !== "yes") return confirmPage;
    unwrap(await c.env.CORE.rooms().remove({ sessionToken, csrf, id }));
    return `/admin/rooms?lang=${lang}&done=removed`;
  });
}
