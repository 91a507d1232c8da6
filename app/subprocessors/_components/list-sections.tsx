import type { PublicNotice } from "@/workers/core/portal.schema";
import { englishMark, type ReaderSubprocessor } from "../_lib/content-language";
import type { NoticePeriods } from "@/workers/domain/notice-periods";
import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { fieldLabels } from "@/workers/field-labels";
import { changeTitle } from "../_lib/notice-words";
import { NoticeFacts, noticeHref, StatusBadge } from "./notice-parts";

/**
 * The current list as a table: one row per subprocessor, its name as the row header. On a narrow
 * screen the stylesheet stacks each row into a block, each cell under its column's label
 * (data-label), so no column hides off screen.
 */
export function CurrentList({ subprocessors, lang, ...words }: { subprocessors: ReaderSubprocessor[]; lang: Lang } & ({ periods: NoticePeriods } | { caption: string; empty: string })) {
  const t = translator(lang, "subprocessors");
  // Today's list says how a first subprocessor would arrive; a past version, only what it held.
  const [caption, empty] = "periods" in words ? [t("currentCaption", { count: subprocessors.length }), t("currentEmpty", { days: words.periods.noticePeriodDays })] : [words.caption, words.empty];
  if (subprocessors.length === 0) return <p className="alert alert-info">{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="stacked-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{fieldLabels(lang).name}</th>
            <th scope="col">{fieldLabels(lang).legalEntity}</th>
            <th scope="col">{fieldLabels(lang).purpose}</th>
            <th scope="col">{fieldLabels(lang).location}</th>
            <th scope="col">{fieldLabels(lang).dataCategories}</th>
            <th scope="col">{fieldLabels(lang).transferMechanism}</th>
            <th scope="col">{fieldLabels(lang).website}</th>
          </tr>
        </thead>
        <tbody>
          {subprocessors.map((s) => (
            <tr key={s.id} id={s.id}>
              <th scope="row">{s.name}</th>
              <td data-label={fieldLabels(lang).legalEntity}>{s.legalEntity}</td>
              <td data-label={fieldLabels(lang).purpose} {...englishMark(s.untranslated?.includes("purpose"))}>{s.purpose}</td>
              <td data-label={fieldLabels(lang).location} {...englishMark(s.untranslated?.includes("location"))}>{s.location}</td>
              <td data-label={fieldLabels(lang).dataCategories} {...englishMark(s.untranslated?.includes("dataCategories"))}>
                <ul className="plain-list">{s.dataCategories.map((category) => <li key={category}>{category}</li>)}</ul>
              </td>
              <td data-label={fieldLabels(lang).transferMechanism} {...englishMark(s.untranslated?.includes("transferMechanism"))}>{s.transferMechanism}</td>
              <td data-label={fieldLabels(lang).website}><WebsiteLink href={s.website} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Only http(s) links become links; anything else is shown as text, never as a javascript: URL. */
export function WebsiteLink({ href }: { href: string }) {
  if (!/^https?:\/\//i.test(href)) return <>{href}</>;
  return <a href={href} rel="noopener noreferrer external">{href.replace(/^https?:\/\//i, "").replace(/\/$/, "")}</a>;
}

/** Each published change that has not taken effect yet, with its dates and the way to object. */
export function PendingChanges({ notices, now, periods, lang }: { notices: PublicNotice[]; now: number; periods: NoticePeriods; lang: Lang }) {
  const t = translator(lang, "subprocessors");
  if (notices.length === 0) return <p className="alert alert-info">{t("pendingEmpty", { days: periods.noticePeriodDays })}</p>;
  return (
    <>
      {notices.map((notice) => {
        const open = notice.status === "published" && now < notice.objectionDeadline;
        return (
          <article className="card" key={notice.id} aria-labelledby={`notice-${notice.id}`}>
            <h3 id={`notice-${notice.id}`}>{changeTitle(notice.changeKind, notice.subprocessorName, lang)}</h3>
            <NoticeFacts notice={notice} lang={lang} />
            {open && <p>{t("objectUntil", { deadline: formatDate(notice.objectionDeadline, lang) })}</p>}
            <p className="actions">
              <a href={noticeHref(notice.id, lang)}>{t("readNotice", { name: notice.subprocessorName })}</a>
              {open && <a className="button secondary" href={noticeHref(notice.id, lang, "/object")}>{t("objectLink")}</a>}
            </p>
          </article>
        );
      })}
    </>
  );
}

/** Past changes: what took effect and what was withdrawn, newest first. */
export function ChangeHistory({ notices, lang }: { notices: PublicNotice[]; lang: Lang }) {
  const t = translator(lang, "subprocessors");
  if (notices.length === 0) return <p className="muted">{t("historyEmpty")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t("historyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("historyColumns.change")}</th>
            <th scope="col">{t("historyColumns.noticedOn")}</th>
            <th scope="col">{t("historyColumns.outcome")}</th>
            <th scope="col">{t("historyColumns.date")}</th>
          </tr>
        </thead>
        <tbody>
          {notices.map((notice) => (
            <tr key={notice.id}>
              <th scope="row"><a href={noticeHref(notice.id, lang)}>{changeTitle(notice.changeKind, notice.subprocessorName, lang)}</a></th>
              <td>{formatDate(notice.publishedAt, lang, false)}</td>
              <td><StatusBadge status={notice.status} lang={lang} /></td>
              <td>{formatDate(notice.status === "withdrawn" ? notice.withdrawnAt : (notice.appliedAt ?? notice.effectiveAt), lang, false)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
