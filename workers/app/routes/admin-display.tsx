import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import type { FieldIssue } from "@/workers/errors";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { colon, type Lang } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { DisplayForm, displayFieldsOf, displayToFields } from "@/app/admin/rooms/_components/display-form";
import { RoomsDocument } from "@/app/admin/rooms/_lib/rooms-page";
import { adminAction, roomsPage, roomsSession } from "./admin-action";
import { clockTime } from "@/app/admin/rooms/_lib/clock-time";
import { translator } from "@/i18n/translate";

export interface DisplayPageExtras {
  values?: Map<string, string>;
  issues?: FieldIssue[];
  pairing?: { code: string; expiresAt: number };
  done?: string | null;
}

/** The display's page: its form, pairing, unpairing and removal. */
export async function displayPage(c: Context<AppBindings>, id: string, lang: Lang, extras: DisplayPageExtras = {}) {
  const { csrf, email, overview } = await roomsSession(c);
  const display = overview.displays.find((d) => d.id === id);
  if (!display) throw new CoreError("not_found", 404, [], "Not found.");
  const t = translator(lang, "adminRooms");
  const base = `/admin/rooms/${display.id}`;
  const origin = c.var.config.origin.origin;
  return (
    <RoomsDocument lang={lang} title={t("editTitle", { name: display.name })} email={email} path={base}>
      <h1>{t("editTitle", { name: display.name })}</h1>
      {extras.done === "saved" && <p className="alert alert-ok" role="status">{t("saved")}</p>}
      <section className="card stack" aria-labelledby="pairing-title">
        <h2 id="pairing-title">{t("pairingTitle")}</h2>
        <p>{t("pairingLead")}</p>
        {extras.pairing && (
          <div className="pairing-code" role="status">
            <p>{t("codeIs")}{colon(lang)}<strong className="code" data-testid="pairing-code">{extras.pairing.code}</strong></p>
            <p>{t("openOnTablet")} <a href="/display">{origin}/display</a></p>
            <p data-testid="pairing-expiry">{t("codeExpires", { time: clockTime(extras.pairing.expiresAt, display.timeZone, lang), zone: display.timeZone })}</p>
          </div>
        )}
        <form method="post" action={`${base}/pairing-code?lang=${lang}`}>
          <input type="hidden" name="csrf" value={csrf} />
          <button type="submit">{t("createCode")}</button>
        </form>
        {display.pairedAt && (
          <form method="post" action={`${base}/unpair?lang=${lang}`}>
            <input type="hidden" name="csrf" value={csrf} />
            <p className="hint">{t("unpairLead")}</p>
            <button type="submit" className="secondary">{t("unpair")}</button>
          </form>
        )}
      </section>
      <h2>{t("edit")}</h2>
      <DisplayForm lang={lang} csrf={csrf} action={`${base}?lang=${lang}`} submitLabel={t("save")} values={extras.values ?? displayToFields(display, lang)} issues={extras.issues} summaryLevel={3} />
      <div className="card stack">
        <p className="hint">{t("removeLead")}</p>
        <p><a className="button danger" href={`${base}/remove?lang=${lang}`}>{t("remove")}</a></p>
      </div>
    </RoomsDocument>
  );
}

// GET /admin/rooms/{id} – the display's configuration and pairing.
export async function displayPageRoute(c: Context<AppBindings>) {
  const request = c.req.raw;
  const id = c.req.param("id")!;
  return roomsPage(c, (lang) => displayPage(c, id, lang, { done: new URL(request.url).searchParams.get("done") }));
}

// POST /admin/rooms/{id} – save the display's configuration.
export async function saveDisplay(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  const back = `/admin/rooms/${encodeURIComponent(id)}?lang=${lang}`;
  return adminAction(c, back, async ({ fields, sessionToken, csrf }) => {
    const result = await c.env.CORE.rooms().save({ sessionToken, csrf, id, fields: displayFieldsOf(fields) });
    if (!result.ok && (result.error.code === "validation_failed" || result.error.code === "display_name_taken" || result.error.code === "name_confusable")) {
      return renderHtml(await displayPage(c, id, lang, { values: fields, issues: result.error.issues }), result.error.status);
    }
    unwrap(result);
    return `${back}&done=saved`;
  });
}

