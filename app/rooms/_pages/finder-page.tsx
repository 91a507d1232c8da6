import type { CoreService } from "@/app/_lib/core";
import { unwrap } from "@/app/_lib/core-result";
import { HtmlDocument, SiteHead } from "@/app/_lib/document";
import { langOf } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { filterParams, RoomList, StatusBoard, type FinderFilters } from "../_components/finder-views";
import { translator } from "@/i18n/translate";

/** Built from app/rooms/_live/finder-live.ts by scripts/build-client.mjs. */
const LIVE_SCRIPT = "/js/finder-live.js";

function filtersOf(query: URLSearchParams): FinderFilters {
  const queryText = (name: string, max: number) => (query.get(name) ?? "").slice(0, max);
  const min = Number.parseInt(queryText("capacity", 5), 10);
  return {
    available: query.get("available") === "1",
    minCapacity: Number.isFinite(min) && min > 0 && min <= 2000 ? min : null,
    floor: queryText("floor", 40),
    equipment: queryText("equipment", 40),
  };
}

const noindex = <meta name="robots" content="noindex" />;

/**
 * GET /rooms/{org}?key=…&available=1&capacity=6&floor=2&equipment=video[&view=board[&refresh=1]] – the room finder.
 * Complete HTML without JavaScript and no framework runtime; live updates are one small script
 * (see docs/decisions/004-room-status.md). The app worker's router answers it and gives every
 * answer under /rooms/{org}, errors too, the headers of a URL that carries a secret.
 */
export async function roomFinderPage(request: Request, org: string, service: CoreService, nonce: string): Promise<Response> {
  const url = new URL(request.url);
  const lang = langOf(request);
  const t = translator(lang, "rooms");
  const key = url.searchParams.get("key")?.slice(0, 64) || undefined;
  const filters = filtersOf(url.searchParams);
  const result = await service.finder().rooms({ slug: org.slice(0, 64).toLowerCase(), key, sessionToken: sessionTokenOf(request), filters });
  // An unknown organisation and a wrong or replaced key look the same, so slugs cannot be probed.
  if (!result.ok && (result.error.code === "finder_access_denied" || result.error.code === "validation_failed")) {
    return renderHtml(
      <HtmlDocument lang={lang} title={t("notFoundTitle")} path={url.pathname} head={noindex}>
        <h1>{t("notFoundTitle")}</h1>
        <p>{t("notFoundBody")}</p>
        <p><a className="button" href={`/admin/sign-in?lang=${lang}`}>{t("signIn")}</a></p>
      </HtmlDocument>,
      404,
    );
  }
  const finder = unwrap(result);
  const props = { lang, finder, filters, finderKey: key, reload: url.searchParams.get("refresh") === "1" };
  const script = <script src={LIVE_SCRIPT} defer nonce={nonce} />;
  if (url.searchParams.get("view") === "board") {
    return renderHtml(
      <html lang={lang}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {noindex}
          <title>{`${finder.org.name} — Roomtrust`}</title>
          <SiteHead lang={lang} description={t("lead")} />
        </head>
        <body>
          <main id="main" className="status-board-main"><StatusBoard {...props} /></main>
          {script}
        </body>
      </html>,
    );
  }
  // The language switch keeps the key and the filters in force.
  const path = `${url.pathname}?${new URLSearchParams({ ...(key ? { key } : {}), ...filterParams(filters) })}`;
  return renderHtml(
    <HtmlDocument lang={lang} title={t("title", { org: finder.org.name })} description={t("lead")} path={path} head={noindex}>
      <RoomList {...props} />
      {script}
    </HtmlDocument>,
  );
}
