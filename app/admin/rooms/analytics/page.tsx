import { requestLang } from "@/app/_lib/i18n/request-lang";
import { core, unwrap } from "@/app/_lib/core";
import { intlLocales } from "@/app/_lib/i18n/lang";
import { requireRoomsAdminPage } from "@/app/admin/_lib/guard";
import { RoomsHeader } from "../_components/rooms-header";
import { translator } from "@/i18n/translate";
import { OccupancyBar, UtilisationHeatmap } from "./_components/utilisation-heatmap";

export const dynamic = "force-dynamic";

// The tab's title in the page's language (requestLang reads the header the middleware set).
export async function generateMetadata() {
  return { title: translator(await requestLang(), "adminRooms")("analytics") };
}

const PERIODS = [7, 28, 90, 365];
/** Sunday first, as the heat map's values are indexed. */
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

// GET /admin/rooms/analytics?days=28 – utilisation from the 15-minute snapshots.
export default async function Analytics({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { lang, sessionToken, admin } = await requireRoomsAdminPage();
  const t = translator(lang, "adminRooms");
  const requested = Number((await searchParams).days);
  const days = PERIODS.includes(requested) ? requested : 28;
  const data = unwrap(await (await core()).rooms().utilisation({ sessionToken, days }));
  const percent = (share: number) => new Intl.NumberFormat(intlLocales[lang], { style: "percent", maximumFractionDigits: 0 }).format(share);
  const label = (share: number | null) => (share === null ? t("noData") : percent(share));
  const hasData = data.rooms.some((r) => r.businessSamples > 0);
  return (
    <>
      <RoomsHeader lang={lang} email={admin.email} />
      <h1>{t("analyticsTitle")}</h1>
      <p className="lead">{t("analyticsLead", { days: String(days) })}</p>
      <form className="actions" method="get" action="/admin/rooms/analytics">
        <input type="hidden" name="lang" value={lang} />
        <label htmlFor="days">{t("period")}</label>
        <select id="days" name="days" defaultValue={String(days)}>
          {PERIODS.map((p) => <option key={p} value={p}>{t("days", { days: String(p) })}</option>)}
        </select>
        <button type="submit" className="secondary">{t("show")}</button>
        <a href={`/admin/rooms/analytics.csv?days=${days}`} download>{t("downloadCsv")}</a>
      </form>
      {!hasData ? (
        <p className="alert alert-info">{t("noSnapshots")}</p>
      ) : (
        <>
          <UtilisationHeatmap title={t("overallHeatmap")} values={data.overallByHourOfWeek} labels={{ weekdays: WEEKDAYS.map((day) => t(`weekdays.${day}`)), noData: t("noData"), legend: t("legend"), percent }} />
          {/* Scrolls sideways on a phone, so it takes the keyboard's focus to be scrolled without a pointer. */}
          <div className="table-wrap" role="region" aria-labelledby="rooms-utilisation" tabIndex={0}>
            <table>
              <caption id="rooms-utilisation" className="visually-hidden">{t("byRoom")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("occupiedShare")}</th>
                  <th scope="col">{t("offlineShare")}</th>
                  <th scope="col">{t("samples")}</th>
                  <th scope="col">{t("flags")}</th>
                </tr>
              </thead>
              <tbody>
                {data.rooms.map((r) => (
                  <tr key={r.displayId}>
                    <th scope="row">{r.name}</th>
                    <td><OccupancyBar share={r.occupiedShare} label={label(r.occupiedShare)} /></td>
                    <td>{label(r.offlineShare)}</td>
                    <td>{r.businessSamples}</td>
                    <td>
                      {r.rarelyUsed && <span className="badge badge-warn">{t("rarelyUsed")}</span>} {r.oftenOffline && <span className="badge badge-bad">{t("oftenOffline")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
