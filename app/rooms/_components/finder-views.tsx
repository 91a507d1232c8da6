import type { Lang } from "@/app/_lib/i18n/lang";
import type { RoomFinder } from "@/workers/use-cases/get-room-finder";
import { translator } from "@/i18n/translate";
import type { FinderLiveSettings } from "../_live/board-message";
import { fillTemplate } from "./fill-template";
import { RoomStatusBadge, statusLabel } from "./room-status-badge";

export interface FinderFilters {
  available: boolean;
  minCapacity: number | null;
  floor: string;
  equipment: string;
}

interface Props {
  lang: Lang;
  finder: RoomFinder;
  filters: FinderFilters;
  finderKey: string | undefined;
  reload: boolean;
}

/**
 * The live script's settings, in the page (no inline script: CSP). The script is progressive: the
 * page is complete without it.
 */
// The counts and the announcement are simple templates with no plural to agree, passed raw: the
// live script fills them in the browser with fillTemplate, as the page does, without an ICU parser.
function LiveSettings({ lang, finder, finderKey, filters }: Pick<Props, "lang" | "finder" | "finderKey" | "filters">) {
  const t = translator(lang, "rooms");
  const settings: FinderLiveSettings = {
    slug: finder.org.slug,
    key: finderKey ?? null,
    availableOnly: filters.available,
    labels: { live: t("live"), lost: t("liveLost"), counts: t.raw("counts"), nowStatus: t.raw("nowStatus"), available: statusLabel("available", lang), occupied: statusLabel("occupied", lang), unknown: statusLabel("unknown", lang), offline: statusLabel("offline", lang) },
  };
  return (
    <>
      <p className="live-indicator" data-live-state="connecting" />
      <p className="visually-hidden" aria-live="polite" data-live-announcer />
      <script type="application/json" id="finder-live-settings" dangerouslySetInnerHTML={{ __html: JSON.stringify(settings).replace(/</g, "\\u003c") }} />
    </>
  );
}

/** The filters in force as query parameters, so moving between the list and the board keeps them. */
export function filterParams(filters: FinderFilters): Record<string, string> {
  return {
    ...(filters.available ? { available: "1" } : {}),
    ...(filters.minCapacity !== null ? { capacity: String(filters.minCapacity) } : {}),
    ...(filters.floor ? { floor: filters.floor } : {}),
    ...(filters.equipment ? { equipment: filters.equipment } : {}),
  };
}

function keepLink(finder: RoomFinder, lang: Lang, finderKey: string | undefined, extra: Record<string, string>) {
  const query = new URLSearchParams({ ...(finderKey ? { key: finderKey } : {}), lang, ...extra });
  return `/rooms/${finder.org.slug}?${query}`;
}

/** The lobby status board: big tiles, free rooms first. */
export function StatusBoard({ lang, finder, filters, finderKey, reload }: Props) {
  const t = translator(lang, "rooms");
  const counts = fillTemplate(t.raw("counts"), finder.counts);
  const keep = (extra: Record<string, string>) => keepLink(finder, lang, finderKey, extra);
    return (
      <div className="status-board">
        {/* Lobby screens without JavaScript can ask to reload every minute (&refresh=1). Opt-in only:
            a page that reloads by itself fails WCAG 2.2.1 for people who are reading it. */}
        {reload && <meta httpEquiv="refresh" content="60" />}
        <h1>{finder.org.name}</h1>
        <p className="status-board-counts" data-live-counts>{counts}</p>
        <div data-live-rooms>
          {finder.rooms.length === 0 && finder.total > 0 && <p className="alert alert-info">{t("noMatch")}</p>}
          <ul className="status-board-grid" data-live-list>
            {finder.rooms.map((room) => (
              <li key={room.id} className={`status-tile status-tile-${room.status}`} data-display-id={room.id} data-status={room.status}>
                <span className="status-tile-name">{room.name}</span>
                <RoomStatusBadge status={room.status} lang={lang} />
                <span className="status-tile-meta">{t("seats", { count: room.capacity })}{room.floor ? ` · ${t("floor")} ${room.floor}` : ""}</span>
              </li>
            ))}
          </ul>
        </div>
        <p className="actions">
          <a href={keep(filterParams(filters))}>{t("list")}</a>
          {/* WCAG 2.2.1: whoever is reading a page that reloads itself can turn that off. */}
          {reload && <a href={keep({ ...filterParams(filters), view: "board" })}>{t("stopReload")}</a>}
        </p>
        <LiveSettings lang={lang} finder={finder} finderKey={finderKey} filters={filters} />
      </div>
    );
  }

/** The room finder's list: a plain GET form for filters, a table sorted free rooms first. */
export function RoomList({ lang, finder, filters, finderKey }: Props) {
  const t = translator(lang, "rooms");
  const counts = fillTemplate(t.raw("counts"), finder.counts);
  const key = finderKey;
  const keep = (extra: Record<string, string>) => keepLink(finder, lang, finderKey, extra);
  return (
    <>
      <h1 id="finder-title">{t("title", { org: finder.org.name })}</h1>
      <p className="lead">{t("lead")}</p>
      <p data-live-counts>{counts}</p>
      <form className="finder-filters" method="get" action={`/rooms/${finder.org.slug}`} aria-label={t("filters")}>
        {key && <input type="hidden" name="key" value={key} />}
        <input type="hidden" name="lang" value={lang} />
        <div className="checkbox">
          <input type="checkbox" id="available" name="available" value="1" defaultChecked={filters.available} />
          <label htmlFor="available">{t("availableOnly")}</label>
        </div>
        <div className="field">
          <label htmlFor="capacity">{t("minCapacity")}</label>
          <input id="capacity" name="capacity" inputMode="numeric" size={4} defaultValue={filters.minCapacity ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="floor">{t("floor")}</label>
          <select id="floor" name="floor" defaultValue={filters.floor}>
            <option value="">{t("anyFloor")}</option>
            {finder.floors.map((f) => <option key={f} value={f}>{f}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="equipment">{t("equipment")}</label>
          <select id="equipment" name="equipment" defaultValue={filters.equipment}>
            <option value="">{t("anyEquipment")}</option>
            {finder.equipment.map((e) => <option key={e} value={e}>{e}</option>)}
          </select>
        </div>
        <div className="actions">
          <button type="submit">{t("show")}</button>
          <a href={keep({})}>{t("reset")}</a>
          <a href={keep({ ...filterParams(filters), view: "board" })}>{t("board")}</a>
        </div>
      </form>
      {/* What the live script fetches again when a room enters or leaves these filters. */}
      <div data-live-rooms>
        {finder.total === 0 ? (
          <p className="alert alert-info">{t("noRooms")}</p>
        ) : finder.rooms.length === 0 ? (
          <p className="alert alert-info">{t("noMatch")}</p>
        ) : (
          // On a phone the table scrolls sideways and holds nothing focusable: the region takes the
          // keyboard's focus itself, so its last columns can be scrolled to without a pointer.
          <div className="table-wrap" role="region" aria-labelledby="finder-title" tabIndex={0}>
            <table className="finder-table">
              <thead>
                <tr>
                  <th scope="col">{t("room")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("capacity")}</th>
                  <th scope="col">{t("where")}</th>
                  <th scope="col">{t("equipmentCol")}</th>
                </tr>
              </thead>
              <tbody data-live-list>
                {finder.rooms.map((room) => (
                  <tr key={room.id} data-display-id={room.id} data-status={room.status}>
                    <th scope="row">{room.name}</th>
                    <td><RoomStatusBadge status={room.status} lang={lang} /></td>
                    <td>{room.capacity}</td>
                    <td>{[room.building, room.floor && `${t("floor")} ${room.floor}`].filter(Boolean).join(" · ")}</td>
                    <td>{room.equipment.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <LiveSettings lang={lang} finder={finder} finderKey={finderKey} filters={filters} />
    </>
  );
}
