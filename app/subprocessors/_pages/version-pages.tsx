import type { VersionChange, VersionCorrection, VersionsView, VersionView } from "@/workers/core/portal.schema";
import { documentFieldLabel, fieldLabel, fieldLabels } from "@/workers/field-labels";
import type { FieldChange } from "@/workers/domain/list-version-diff";
import type { Result } from "@/workers/errors";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { HtmlDocument } from "@/app/_lib/document";
import { renderHtml } from "@/app/_lib/render";
import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { CurrentList } from "../_components/list-sections";
import { versionViewFor } from "../_lib/content-language";
import { changeTitle } from "../_lib/notice-words";
import { MessagePage } from "../_components/message-page";
import { noticeHref } from "../_components/notice-parts";

/** The version pages (issue 12, section 2): plain documents, no JavaScript, permanent URLs. */

function versionHref(n: number, lang: Lang, suffix = ""): string {
  return `/subprocessors/versions/${n}${suffix}${suffix ? "" : `?lang=${lang}`}`;
}

/** What made a version: a notice (linked), a direct correction (with why), or neither (the first). */
function MadeBy({ change, correction, lang }: { change: VersionChange | null; correction: VersionCorrection | null; lang: Lang }) {
  const t = translator(lang, "subprocessors");
  if (change) return <a href={noticeHref(change.noticeId, lang)}>{changeTitle(change.changeKind, change.subprocessorName, lang)}</a>;
  if (correction) {
    // French text is named "translations.fr.purpose" in the documents, "Purpose in French" here.
    const fields = correction.fields.map((field) => documentFieldLabel(field, lang) ?? field).join(", ");
    return (
      <>
        <strong>{t("versions.correction", { name: correction.subprocessorName, fields })}</strong> {correction.note} <span className="hint">{t("versions.correctionNote")}</span>
      </>
    );
  }
  return <>{t("versions.first")}</>;
}

/** A past date form that works without JavaScript: GET /subprocessors?at=YYYY-MM-DD. */
function VersionAtForm({ lang }: { lang: Lang }) {
  const t = translator(lang, "subprocessors.versions");
  return (
    <form className="stack card" method="get" action="/subprocessors">
      <input type="hidden" name="lang" value={lang} />
      <div className="field">
        <label htmlFor="at">{t("atLabel")}</label>
        <input id="at" name="at" type="date" required />
      </div>
      <div><button type="submit" className="secondary">{t("atButton")}</button></div>
    </form>
  );
}

/** GET /subprocessors/versions – every version, newest first. */
export function VersionsPage({ view, lang }: { view: VersionsView; lang: Lang }) {
  const t = translator(lang, "subprocessors");
  const v = translator(lang, "subprocessors.versions");
  return (
    <HtmlDocument lang={lang} title={v("title")} path="/subprocessors/versions">
      <p><a href={`/subprocessors?lang=${lang}`}>{t("listTitle")}</a></p>
      <h1>{v("title")}</h1>
      <p className="lead">{v("lead")}</p>
      {view.versions.length === 0 ? (
        <p className="alert alert-info">{v("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="stacked-table">
            <caption>{v("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{v("columns.version")}</th>
                <th scope="col">{v("columns.from")}</th>
                <th scope="col">{v("columns.change")}</th>
                <th scope="col">{v("columns.count")}</th>
              </tr>
            </thead>
            <tbody>
              {view.versions.map((version) => (
                <tr key={version.version}>
                  <th scope="row"><a href={versionHref(version.version, lang)}>{v("versionShort", { version: String(version.version) })}</a></th>
                  <td data-label={v("columns.from")}>{formatDate(version.effectiveAt, lang)}</td>
                  <td data-label={v("columns.change")}><MadeBy change={version.change} correction={version.correction} lang={lang} /></td>
                  <td data-label={v("columns.count")}>{version.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="at-heading">
        <h2 id="at-heading">{v("atLegend")}</h2>
        <VersionAtForm lang={lang} />
      </section>
    </HtmlDocument>
  );
}

function show(value: string | string[]): string {
  return Array.isArray(value) ? value.join(", ") : value;
}

/** GET /subprocessors/versions/{n} (and /subprocessors?at=DATE) – the list as it was, and its diff. */
function VersionPage({ view, lang }: { view: VersionView; lang: Lang }) {
  const t = translator(lang, "subprocessors");
  const v = translator(lang, "subprocessors.versions");
  const { diff } = view;
  const title = v("versionTitle", { version: String(view.version) });
  const nothingChanged = diff.added.length + diff.removed.length + diff.changed.length === 0;
  // French text written, rewritten or dropped shows as its own row, labelled "… in French".
  const rows: { id: string; name: string; change: FieldChange; french?: boolean }[] = diff.changed.flatMap((entry) => [
    ...entry.fields.map((change) => ({ id: entry.id, name: entry.name, change })),
    ...(entry.translations?.fr ?? []).map((change) => ({ id: entry.id, name: entry.name, change: { field: change.field, before: change.before ?? "", after: change.after ?? "" }, french: true })),
  ]);
  return (
    <HtmlDocument lang={lang} title={title} path={view.at ? `/subprocessors?at=${view.at}` : `/subprocessors/versions/${view.version}`}>
      <p><a href={`/subprocessors?lang=${lang}`}>{t("listTitle")}</a> · <a href={`/subprocessors/versions?lang=${lang}`}>{v("all")}</a></p>
      <h1>{title}</h1>
      {view.at && <p className="alert alert-info">{v("atNote", { date: formatDate(Date.parse(`${view.at}T00:00:00Z`), lang, false), version: String(view.version) })}</p>}
      <dl className="facts">
        <dt>{v("inForceFrom")}</dt>
        <dd>{formatDate(view.effectiveAt, lang)}</dd>
        <dt>{view.until == null ? t("facts.status") : v("inForceUntil")}</dt>
        <dd>{view.until == null ? v("stillInForce") : formatDate(view.until, lang)}</dd>
        <dt>{v("madeBy")}</dt>
        <dd><MadeBy change={view.change} correction={view.correction} lang={lang} /></dd>
      </dl>
      <nav aria-label={v("all")} className="actions">
        {view.previous != null && <a href={versionHref(view.previous, lang)} rel="prev"><span aria-hidden="true">← </span>{v("previous", { version: String(view.previous) })}</a>}
        {view.next != null && <a href={versionHref(view.next, lang)} rel="next">{v("next", { version: String(view.next) })}<span aria-hidden="true"> →</span></a>}
      </nav>

      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">{view.previous == null ? v("diffHeadingFirst") : v("diffHeading", { previous: String(view.previous) })}</h2>
        {view.previous == null ? (
          <p>{v("firstVersion")}</p>
        ) : nothingChanged ? (
          <p>{v("noChanges")}</p>
        ) : (
          <>
            {diff.added.length > 0 && (
              <>
                <h3>{v("added")}</h3>
                <ul>{diff.added.map((s) => <li key={s.id}>{s.name} ({s.legalEntity})</li>)}</ul>
              </>
            )}
            {diff.removed.length > 0 && (
              <>
                <h3>{v("removed")}</h3>
                <ul>{diff.removed.map((s) => <li key={s.id}>{s.name} ({s.legalEntity})</li>)}</ul>
              </>
            )}
            {rows.length > 0 && (
              <>
                <h3>{v("changed")}</h3>
                <div className="table-wrap">
                  <table className="stacked-table">
                    <thead>
                      <tr><th scope="col">{fieldLabels(lang).name}</th><th scope="col">{t("field")}</th><th scope="col">{t("before")}</th><th scope="col">{t("after")}</th></tr>
                    </thead>
                    <tbody>
                      {rows.map(({ id, name, change, french }) => (
                        <tr key={`${id}-${change.field}${french ? "-fr" : ""}`}>
                          <th scope="row">{name}</th>
                          <td data-label={t("field")}>{french ? fieldLabel(`${change.field}Fr`, lang) : fieldLabels(lang)[change.field]}</td>
                          <td data-label={t("before")} {...(french ? { lang: "fr" } : {})}><del>{show(change.before)}</del></td>
                          <td data-label={t("after")} {...(french ? { lang: "fr" } : {})}><ins>{show(change.after)}</ins></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{v("listHeading")}</h2>
        <CurrentList subprocessors={view.subprocessors} lang={lang} caption={v("listCaption", { count: view.subprocessors.length })} empty={v("listEmpty")} />
      </section>

      <p className="muted">
        {v("downloads")} <a href={versionHref(view.version, lang, ".json")} type="application/json">{t("feedJson")}</a> · <a href={versionHref(view.version, lang, ".csv")} type="text/csv">{t("feedCsv")}</a>
      </p>
    </HtmlDocument>
  );
}

function versionProblemPage(lang: Lang, status: number, title: string, text: string, path: string): Promise<Response> {
  return renderHtml(
    <MessagePage lang={lang} title={title} path={path} tone="error">
      <p>{text}</p>
      <p><a href={`/subprocessors/versions?lang=${lang}`}>{translator(lang, "subprocessors.versions")("all")}</a></p>
    </MessagePage>,
    status,
  );
}

/** 404 for an address under /subprocessors/versions/ that names no version. */
export function versionNotFoundPage(lang: Lang): Promise<Response> {
  const v = translator(lang, "subprocessors.versions");
  return versionProblemPage(lang, 404, v("notFoundTitle"), v("notFoundText"), "/subprocessors/versions");
}

/**
 * A version page as the router answers it: the page, or a 404 that says no such version (or none
 * in force on that date) and a 400 for a date that is not one, in the reader's language.
 */
export async function versionPageResponse(load: Promise<Result<VersionView>>, lang: Lang, at: string | null): Promise<Response> {
  try {
    return renderHtml(<VersionPage view={versionViewFor(unwrap(await load), lang)} lang={lang} />);
  } catch (error) {
    if (!(error instanceof CoreError) || (error.code !== "not_found" && error.code !== "validation_failed")) throw error;
    if (at === null) return versionNotFoundPage(lang);
    const v = translator(lang, "subprocessors.versions");
    const path = `/subprocessors?at=${encodeURIComponent(at)}`;
    if (error.code === "validation_failed") return versionProblemPage(lang, 400, v("badDateTitle"), v("badDateText"), path);
    return versionProblemPage(lang, 404, v("notFoundTitle"), v("noneAtText", { date: at }), path);
  }
}
