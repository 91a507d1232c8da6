import type { CoreService } from "@/app/_lib/core";
import { HtmlDocument } from "@/app/_lib/document";
import { formatDate, langOf } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { translator } from "@/i18n/translate";
import { ChangeHistory, CurrentList, PendingChanges } from "../_components/list-sections";
import { SubscribeForm } from "../_components/subscribe-form";
import { listFor } from "../_lib/content-language";
import { atomFeedPath } from "../_lib/feed-address";
import { loadPublicList } from "../_lib/public-list";
import { versionPageResponse } from "./version-pages";

/**
 * GET /subprocessors – the public list, pending changes, history, and the subscribe form.
 * Needs no JavaScript to read, subscribe or object, so it ships none and needs no framework: the
 * app worker's router answers it (workers/app/entry.ts). Errors go to its one exit.
 */
export async function subprocessorsPage(request: Request, service: CoreService): Promise<Response> {
  const lang = langOf(request);
  const at = new URL(request.url).searchParams.get("at");
  // ?at=YYYY-MM-DD: the version of the list in force at the end of that day.
  if (at !== null) return versionPageResponse(service.portal().versionAt({ at }), lang, at);
  const t = translator(lang, "subprocessors");
  const list = listFor(await loadPublicList(service), lang);
    const atom = atomFeedPath(lang);
    return renderHtml(
      <HtmlDocument
        lang={lang}
        title={t("listTitle")}
        path="/subprocessors"
        head={
          <>
            <link rel="alternate" type="application/atom+xml" href={atom} title={t("feedAtom")} />
            <link rel="alternate" type="application/json" href="/subprocessors.json" title="JSON" />
            <link rel="alternate" type="text/csv" href="/subprocessors.csv" title="CSV" />
          </>
        }
      >
        <h1>{t("listTitle")}</h1>
        <p className="lead">{t("listLead")}</p>
        <ul className="commitments">
          <li>{t("commitments.notice", { days: list.periods.noticePeriodDays })}</li>
          <li>{t("commitments.objection", { days: list.periods.objectionWindowDays })}</li>
          <li>{t("commitments.resolution", { days: list.periods.resolutionPeriodDays })}</li>
        </ul>
        <p className="muted">{t("commitmentsNote")}</p>

        <section aria-labelledby="current-heading">
          <h2 id="current-heading">{t("currentHeading")}</h2>
          {list.version && (
            <p>
              {t("versions.current", { version: String(list.version.version), date: formatDate(list.version.effectiveAt, lang) })}{" "}
              <a href={`/subprocessors/versions/${list.version.version}?lang=${lang}`}>{t("versions.versionTitle", { version: String(list.version.version) })}</a> · <a href={`/subprocessors/versions?lang=${lang}`}>{t("versions.all")}</a>
            </p>
          )}
          <CurrentList subprocessors={list.subprocessors} periods={list.periods} lang={lang} />
        </section>

        <div className="columns">
          <section aria-labelledby="pending-heading">
            <h2 id="pending-heading">{t("pendingHeading")}</h2>
            <PendingChanges notices={list.pendingChanges} now={list.now} periods={list.periods} lang={lang} />
          </section>
          <section aria-labelledby="subscribe-heading" id="subscribe">
            <h2 id="subscribe-heading">{t("subscribeHeading")}</h2>
            <p>{t("subscribeText")}</p>
            <SubscribeForm lang={lang} />
          </section>
        </div>

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t("historyHeading")}</h2>
          <ChangeHistory notices={list.history} lang={lang} />
        </section>

        <section aria-labelledby="feeds-heading">
          <h2 id="feeds-heading">{t("feedsHeading")}</h2>
          <p>{t("feedsText")}</p>
          <ul className="feeds">
            <li><a href="/subprocessors.json" type="application/json">{t("feedJson")}</a></li>
            <li><a href="/subprocessors.csv" type="text/csv">{t("feedCsv")}</a></li>
            <li><a href={atom} type="application/atom+xml">{t("feedAtom")}</a></li>
            <li><a href="/evidence/checkpoints.json" type="application/json">{t("feedEvidence")}</a></li>
          </ul>
        </section>
      </HtmlDocument>,
    );
}
