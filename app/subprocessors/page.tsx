import type { Metadata } from "next";
import { requestLang } from "../_lib/i18n/request-lang";
import { portalText } from "./_i18n";
import { ChangeHistory, CurrentList, PendingChanges } from "./_components/list-sections";
import { SubscribeForm } from "./_components/subscribe-form";
import { loadPublicList } from "./_lib/public-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const lang = await requestLang();
  const t = portalText(lang);
  return {
    title: t.listTitle,
    alternates: {
      types: {
        "application/atom+xml": [{ url: `/subprocessors/feed.xml${lang === "fr" ? "?lang=fr" : ""}`, title: t.feedAtom }],
        "application/json": [{ url: "/subprocessors.json", title: "JSON" }],
        "text/csv": [{ url: "/subprocessors.csv", title: "CSV" }],
      },
    },
  };
}

// GET /subprocessors – the public list, pending changes, history, and the subscribe form.
export default async function SubprocessorsPage() {
  const lang = await requestLang();
  const t = portalText(lang);
  const list = await loadPublicList();
  return (
    <>
      <h1>{t.listTitle}</h1>
      <p className="lead">{t.listLead}</p>
      <ul className="commitments">{t.commitments.map((line) => <li key={line}>{line}</li>)}</ul>

      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t.currentHeading}</h2>
        <CurrentList subprocessors={list.subprocessors} lang={lang} />
      </section>

      <div className="columns">
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">{t.pendingHeading}</h2>
          <PendingChanges notices={list.pendingChanges} now={list.now} lang={lang} />
        </section>
        <section aria-labelledby="subscribe-heading" id="subscribe">
          <h2 id="subscribe-heading">{t.subscribeHeading}</h2>
          <p>{t.subscribeText}</p>
          <SubscribeForm lang={lang} />
        </section>
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.historyHeading}</h2>
        <ChangeHistory notices={list.history} lang={lang} />
      </section>

      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">{t.feedsHeading}</h2>
        <p>{t.feedsText}</p>
        <ul className="feeds">
          <li><a href="/subprocessors.json" type="application/json">{t.feedJson}</a></li>
          <li><a href="/subprocessors.csv" type="text/csv">{t.feedCsv}</a></li>
          <li><a href={`/subprocessors/feed.xml${lang === "fr" ? "?lang=fr" : ""}`} type="application/atom+xml">{t.feedAtom}</a></li>
        </ul>
      </section>
    </>
  );
}
