import type { FieldIssue } from "../../../../workers/errors";
import { core, CoreError, unwrap } from "../../../_lib/core";
import type { Lang } from "../../../_lib/i18n/lang";
import { langOf } from "../../../_lib/i18n/lang";
import { renderHtml } from "../../../_lib/render";
import { adminAction } from "../../_lib/action";
import { DisplayForm, displayFieldsOf, displayToFields } from "../_components/display-form";
import { roomsText } from "../_i18n";
import { RoomsDocument, roomsGet, roomsSession } from "../_lib/rooms-page";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export interface DisplayPageExtras {
  values?: Map<string, string>;
  issues?: FieldIssue[];
  pairing?: { code: string; expiresAt: number };
  done?: string | null;
}

/** The display's page: its form, pairing, unpairing and removal. */
export async function displayPage(request: Request, id: string, lang: Lang, extras: DisplayPageExtras = {}) {
  const { csrf, email, overview } = await roomsSession(request);
  const display = overview.displays.find((d) => d.id === id);
  if (!display) throw new CoreError("not_found", 404, [], "Not found.");
  const t = roomsText(lang);
  const base = `/admin/rooms/${display.id}`;
  const origin = new URL(request.url).origin;
  return (
    <RoomsDocument lang={lang} title={t.editTitle(display.name)} email={email} path={base}>
      <h1>{t.editTitle(display.name)}</h1>
      {extras.done === "saved" && <p className="alert alert-ok" role="status">{t.saved}</p>}
      <section className="card stack" aria-labelledby="pairing-title">
        <h2 id="pairing-title">{t.pairingTitle}</h2>
        <p>{t.pairingLead}</p>
        {extras.pairing && (
          <div className="pairing-code" role="status">
            <p>{t.codeIs}: <strong className="code" data-testid="pairing-code">{extras.pairing.code}</strong></p>
            <p>{t.openOnTablet} <a href="/display">{origin}/display</a> · {t.codeExpires} {new Date(extras.pairing.expiresAt).toISOString().slice(11, 16)} UTC</p>
          </div>
        )}
        <form method="post" action={`${base}/pairing-code?lang=${lang}`}>
          <input type="hidden" name="csrf" value={csrf} />
          <button type="submit">{t.createCode}</button>
        </form>
        {display.pairedAt && (
          <form method="post" action={`${base}/unpair?lang=${lang}`}>
            <input type="hidden" name="csrf" value={csrf} />
            <p className="hint">{t.unpairLead}</p>
            <button type="submit" className="secondary">{t.unpair}</button>
          </form>
        )}
      </section>
      <h2>{t.edit}</h2>
      <DisplayForm lang={lang} csrf={csrf} action={`${base}?lang=${lang}`} submitLabel={t.save} values={extras.values ?? displayToFields(display)} issues={extras.issues} />
      <form className="card stack" method="post" action={`${base}/remove?lang=${lang}`}>
        <input type="hidden" name="csrf" value={csrf} />
        <p className="hint">{t.removeLead}</p>
        <button type="submit" className="danger">{t.remove}</button>
      </form>
    </RoomsDocument>
  );
}

// GET /admin/rooms/{id} – the display's configuration and pairing.
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  return roomsGet(request, (lang) => displayPage(request, id, lang, { done: new URL(request.url).searchParams.get("done") }));
}

// POST /admin/rooms/{id} – save the display's configuration.
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  const lang = langOf(request);
  const back = `/admin/rooms/${encodeURIComponent(id)}?lang=${lang}`;
  return adminAction(request, back, async ({ fields, sessionToken, csrf }) => {
    const result = await (await core()).rooms().save({ sessionToken, csrf, id, fields: displayFieldsOf(fields) });
    if (!result.ok && (result.error.code === "validation_failed" || result.error.code === "display_name_taken" || result.error.code === "name_confusable")) {
      return renderHtml(await displayPage(request, id, lang, { values: fields, issues: result.error.issues }), result.error.status);
    }
    unwrap(result);
    return `${back}&done=saved`;
  });
}

