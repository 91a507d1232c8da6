import { redirect } from "next/navigation";
import { core, unwrap } from "../../_lib/core";
import { requestLang } from "../../_lib/i18n/request-lang";
import { sessionToken } from "../../_lib/session";
import { FinderLive } from "../_components/finder-live";
import { fill } from "../_components/fill";
import { RoomStatusBadge, statusLabel } from "../_components/room-status-badge";
import { finderText } from "../_i18n";

export const dynamic = "force-dynamic";
export const metadata = { title: "Rooms", robots: { index: false } };

type Search = Record<string, string | string[] | undefined>;

const NOT_AVAILABLE = "link-not-valid";

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.slice(0, 64) ?? "";
}

/** The GET form's values → the core's filters; anything unreadable is simply no filter. */
function filtersOf(search: Search) {
  const min = Number.parseInt(one(search.capacity), 10);
  return {
    available: one(search.available) === "1",
    minCapacity: Number.isFinite(min) && min > 0 && min <= 2000 ? min : null,
    floor: one(search.floor).slice(0, 40),
    equipment: one(search.equipment).slice(0, 40),
  };
}

// GET /rooms/{org}?key=…&available=1&capacity=6&floor=2&equipment=video[&view=board] – the room finder.
export default async function RoomFinder({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Search> }) {
  const [{ org: slug }, search, lang, session] = await Promise.all([params, searchParams, requestLang(), sessionToken()]);
  const key = one(search.key) || undefined;
  const filters = filtersOf(search);
  const board = one(search.view) === "board";
  const result = await (await core()).finder().rooms({ slug: slug.slice(0, 64).toLowerCase(), key, sessionToken: session, filters });
  // Not notFound(): thrown from this dynamic page, Next answers 404 with an empty shell that only
  // JavaScript can fill, and this page must work without it. A path no route matches renders
  // app/not-found.tsx inside the layout, server-side, with a 404.
  if (!result.ok && (result.error.code === "finder_access_denied" || result.error.code === "validation_failed")) redirect(`/rooms/${NOT_AVAILABLE}/here?lang=${lang}`);
  const finder = unwrap(result);
  const t = finderText(lang);
  const keep = (extra: Record<string, string>) => {
    const query = new URLSearchParams({ ...(key ? { key } : {}), lang, ...extra });
    return `/rooms/${finder.org.slug}?${query}`;
  };
  const counts = fill(t.counts, finder.counts);
  const live = (
    <FinderLive
      slug={finder.org.slug}
      finderKey={key ?? null}
      labels={{ live: t.live, lost: t.liveLost, counts: t.counts, nowStatus: t.nowStatus, available: statusLabel("available", lang), occupied: statusLabel("occupied", lang), offline: statusLabel("offline", lang) }}
    />
  );

  if (board) {
    return (
      <div className="status-board">
        {/* Lobby screens without JavaScript can ask to reload every minute (&refresh=1). Opt-in only:
            a page that reloads by itself fails WCAG 2.2.1 for people who are reading it. */}
        {one(search.refresh) === "1" && <meta httpEquiv="refresh" content="60" />}
        <h1>{finder.org.name}</h1>
        <p className="status-board-counts" data-live-counts>{counts}</p>
        <ul className="status-board-grid" data-live-list>
          {finder.rooms.map((room) => (
            <li key={room.id} className={`status-tile status-tile-${room.status}`} data-display-id={room.id} data-status={room.status}>
              <span className="status-tile-name">{room.name}</span>
              <RoomStatusBadge status={room.status} lang={lang} />
              <span className="status-tile-meta">{t.seats(room.capacity)}{room.floor ? ` · ${t.floor} ${room.floor}` : ""}</span>
            </li>
          ))}
        </ul>
        <p><a href={keep({})}>{t.list}</a></p>
        {live}
      </div>
    );
  }

  return (
    <>
      <h1>{t.title(finder.org.name)}</h1>
      <p className="lead">{t.lead}</p>
      <p data-live-counts>{counts}</p>
      <form className="finder-filters" method="get" action={`/rooms/${finder.org.slug}`} aria-label={t.filters}>
        {key && <input type="hidden" name="key" value={key} />}
        <input type="hidden" name="lang" value={lang} />
        <div className="checkbox">
          <input type="checkbox" id="available" name="available" value="1" defaultChecked={filters.available} />
          <label htmlFor="available">{t.availableOnly}</label>
        </div>
        <div className="field">
          <label htmlFor="capacity">{t.minCapacity}</label>
          <input id="capacity" name="capacity" inputMode="numeric" size={4} defaultValue={filters.minCapacity ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="floor">{t.floor}</label>
          <select id="floor" name="floor" defaultValue={filters.floor}>
            <option value="">{t.anyFloor}</option>
            {finder.floors.map((f) => <option key={f} value={f}>{f}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="equipment">{t.equipment}</label>
          <select id="equipment" name="equipment" defaultValue={filters.equipment}>
            <option value="">{t.anyEquipment}</option>
            {finder.equipment.map((e) => <option key={e} value={e}>{e}</option>)}
          </select>
        </div>
        <div className="actions">
          <button type="submit">{t.show}</button>
          <a href={keep({})}>{t.reset}</a>
          <a href={keep({ view: "board" })}>{t.board}</a>
        </div>
      </form>
      {finder.total === 0 ? (
        <p className="alert alert-info">{t.noRooms}</p>
      ) : finder.rooms.length === 0 ? (
        <p className="alert alert-info">{t.noMatch}</p>
      ) : (
        <div className="table-wrap">
          <table className="finder-table">
            <thead>
              <tr>
                <th scope="col">{t.room}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.capacity}</th>
                <th scope="col">{t.where}</th>
                <th scope="col">{t.equipmentCol}</th>
              </tr>
            </thead>
            <tbody data-live-list>
              {finder.rooms.map((room) => (
                <tr key={room.id} data-display-id={room.id} data-status={room.status}>
                  <th scope="row">{room.name}</th>
                  <td><RoomStatusBadge status={room.status} lang={lang} /></td>
                  <td>{room.capacity}</td>
                  <td>{[room.building, room.floor && `${t.floor} ${room.floor}`].filter(Boolean).join(" · ")}</td>
                  <td>{room.equipment.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {live}
    </>
  );
}

