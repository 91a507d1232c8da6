import { requestLang } from "@/app/_lib/i18n/request-lang";
import { core, unwrap } from "@/app/_lib/core";
import { roomStatusOf } from "@/workers/domain/room-status";
import { RoomStatusBadge } from "@/app/rooms/_components/room-status-badge";
import { requireRoomsAdminPage } from "../_lib/guard";
import { CalendarHealthBadge } from "./_components/calendar-health-badge";
import { RoomsHeader } from "./_components/rooms-header";
import { defaultBookingSubject } from "@/app/display/_i18n";
import { translator } from "@/i18n/translate";

export const dynamic = "force-dynamic";

// The tab's title in the page's language (requestLang reads the header the middleware set).
export async function generateMetadata() {
  return { title: translator(await requestLang(), "adminRooms")("roomsTitle") };
}

const DONE = ["saved", "removed", "unpaired", "linkReplaced"] as const;

// GET /admin/rooms – the organisation's displays with their live state, the room-finder link.
export default async function RoomsAdmin({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { lang, sessionToken, admin } = await requireRoomsAdminPage();
  const t = translator(lang, "adminRooms");
  const params = await searchParams;
  const overview = unwrap(await (await core()).rooms().overview({ sessionToken }));
  const done = DONE.find((d) => d === params.done);
  // The import redirects here with its count; a hand-edited one ("1e400", "-3") says nothing.
  const imported = /^[1-9]\d{0,3}$/.test(params.imported ?? "") ? Number(params.imported) : 0;
  return (
    <>
      <RoomsHeader lang={lang} email={admin.email} />
      <h1>{t("roomsTitle")} — {overview.org.name}</h1>
      {done && <p className="alert alert-ok" role="status">{t(done)}</p>}
      {imported > 0 && <p className="alert alert-ok" role="status">{t("imported", { count: imported, imported: String(imported) })}</p>}
      <div className="actions">
        <a className="button" href={`/admin/rooms/new?lang=${lang}`}>{t("addDisplay")}</a>
        <a className="button secondary" href={`/admin/rooms/import?lang=${lang}`}>{t("importCsv")}</a>
      </div>
      {overview.displays.length === 0 ? (
        <p className="alert alert-info">{t("noDisplays")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("calendarHealth")}</th>
                <th scope="col">{t("capacity")}</th>
                <th scope="col">{t("floor")}</th>
                <th scope="col">{t("paired")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.displays.map((d) => (
                <tr key={d.id}>
                  <th scope="row"><a href={`/admin/rooms/${d.id}?lang=${lang}`}>{d.name}</a></th>
                  <td><RoomStatusBadge status={roomStatusOf(d)} lang={lang} /></td>
                  <td><CalendarHealthBadge health={d.health} since={d.healthSince} timeZone={d.timeZone} lang={lang} /></td>
                  <td>{d.capacity}</td>
                  <td>{[d.building, d.floor].filter(Boolean).join(" · ")}</td>
                  <td>{d.pairedAt ? t("pairedYes") : t("pairedNo")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("finderLinkTitle")}</h2>
      <p>{t("finderLinkLead")}</p>
      <p><a href={overview.finderPath} data-testid="finder-link">{overview.finderPath.replace(/key=.*/, "key=…")}</a> · <a href={`${overview.finderPath}&view=board`}>{t("statusBoard")}</a> · <a href={`${overview.finderPath}&view=board&refresh=1`}>{t("statusBoardReload")}</a></p>
      <form className="inline-form" method="post" action={`/admin/rooms/finder-link?lang=${lang}`}>
        <input type="hidden" name="csrf" value={overview.csrf} />
        <button type="submit" className="secondary">{t("replaceLink")}</button>
      </form>
      <h2 id="settings">{t("settingsTitle")}</h2>
      <form className="stack card" method="post" action={`/admin/rooms/settings?lang=${lang}`}>
        <input type="hidden" name="csrf" value={overview.csrf} />
        <div className="field">
          <label htmlFor="retentionMonths">{t("retentionLabel")}</label>
          <p className="hint" id="retention-hint">{t("retention", { months: String(overview.org.retentionMonths) })}</p>
          <input id="retentionMonths" name="retentionMonths" inputMode="numeric" size={4} defaultValue={overview.org.retentionMonths} aria-describedby="retention-hint" />
        </div>
        <div className="field">
          <label htmlFor="scheduleStaleMinutes">{t("staleLabel")}</label>
          <p className="hint" id="stale-hint">{t("staleHint", { minutes: String(overview.org.scheduleStaleMinutes) })}</p>
          <input id="scheduleStaleMinutes" name="scheduleStaleMinutes" inputMode="numeric" size={5} defaultValue={overview.org.scheduleStaleMinutes} aria-describedby="stale-hint" />
        </div>
        <div className="field">
          <label htmlFor="bookingSubject">{t("bookingSubjectLabel")}</label>
          <p className="hint" id="booking-subject-hint">{t("bookingSubjectHint")}</p>
          <input id="bookingSubject" name="bookingSubject" maxLength={80} autoComplete="off" defaultValue={overview.org.bookingSubject ?? ""} placeholder={defaultBookingSubject(overview.org.lang)} aria-describedby="booking-subject-hint" />
        </div>
        <fieldset aria-describedby="occupancy-hint">
          <legend>{t("occupancyLegend")}</legend>
          <p className="hint" id="occupancy-hint">{t("occupancyLead")} <a href={`/privacy?lang=${lang}#rooms`}>{t("privacyLink")}</a></p>
          {(["quarter_hour", "exact"] as const).map((mode) => (
            <div className="radio" key={mode}>
              <input type="radio" id={`occupancy-${mode}`} name="occupancyReporting" value={mode} defaultChecked={overview.org.occupancyReporting === mode} aria-describedby={`occupancy-${mode}-hint`} />
              <div>
                <label htmlFor={`occupancy-${mode}`}>{mode === "exact" ? t("occupancyExact") : t("occupancyQuarterHour")}</label>
                <p className="hint" id={`occupancy-${mode}-hint`}>{mode === "exact" ? t("occupancyExactHint") : t("occupancyQuarterHourHint")}</p>
              </div>
            </div>
          ))}
        </fieldset>
        <p className="hint">{t("calendarSetupLead")}</p>
        <div className="field">
          <label htmlFor="microsoftClientId">{t("microsoftClientId")}</label>
          <input id="microsoftClientId" name="microsoftClientId" autoComplete="off" defaultValue={overview.org.microsoftClientId ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="microsoftTenantId">{t("microsoftTenantId")}</label>
          <input id="microsoftTenantId" name="microsoftTenantId" autoComplete="off" defaultValue={overview.org.microsoftTenantId ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="googleClientId">{t("googleClientId")}</label>
          <input id="googleClientId" name="googleClientId" autoComplete="off" defaultValue={overview.org.googleClientId ?? ""} />
        </div>
        <div className="actions"><button type="submit">{t("save")}</button></div>
      </form>
    </>
  );
}
