import type { NoticeView, ProposedFields } from "@/workers/core/portal.schema";
import type { TranslatedField } from "@/workers/domain/french-content";
import { englishMark, type ReaderNotice, type ReaderSubprocessor } from "../_lib/content-language";
import { HtmlDocument } from "@/app/_lib/document";
import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { fieldLabels } from "@/workers/field-labels";
import { atomFeedPath } from "../_lib/feed-address";
import { changeTitle } from "../_lib/notice-words";
import { WebsiteLink } from "./list-sections";
import { NoticeFacts, noticeHref, NoticeTimeline } from "./notice-parts";

/** One notice as a whole document: what changes, why, its clock, and the way to object while it is open. */
export function NoticeDocument({ view, lang }: { view: NoticeView & { notice: ReaderNotice; current: ReaderSubprocessor | null }; lang: Lang }) {
  const t = translator(lang, "subprocessors");
  const { notice, current, now, windowOpen } = view;
  const deadline = formatDate(notice.objectionDeadline, lang);
  const title = changeTitle(notice.changeKind, notice.subprocessorName, lang);
  return (
    <HtmlDocument lang={lang} title={title} path={`/subprocessors/notices/${encodeURIComponent(notice.id)}`}>
      <p><a href={`/subprocessors?lang=${lang}`}>{t("listTitle")}</a></p>
      <h1>{title}</h1>
      <NoticeFacts notice={notice} lang={lang} />
      {windowOpen ? (
        <div className="alert alert-info">
          <p>{t("windowOpenText", { deadline, resolutionDays: notice.periods.resolutionPeriodDays })}</p>
          <p><a className="button" href={noticeHref(notice.id, lang, "/object")}>{t("objectLink")}</a></p>
        </div>
      ) : (
        notice.status !== "withdrawn" && <p className="alert alert-warn">{t("windowClosedText", { deadline })}</p>
      )}

      {notice.status === "withdrawn" && notice.withdrawalReason && (
        <section aria-labelledby="withdrawal-heading">
          <h2 id="withdrawal-heading">{t("withdrawalReasonHeading")}</h2>
          <p className="prewrap" {...englishMark(notice.english?.withdrawalReason)}>{notice.withdrawalReason}</p>
        </section>
      )}

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t("whatChanges")}</h2>
        {notice.changeKind === "remove" ? (
          <p>{t("removeText", { name: notice.subprocessorName })}</p>
        ) : (
          <ChangeTable proposed={notice.proposed} english={notice.english?.proposed ?? []} current={notice.changeKind === "change" ? current : null} lang={lang} />
        )}
      </section>

      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{t("why")}</h2>
        <p className="prewrap" {...englishMark(notice.english?.reason)}>{notice.reason}</p>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("timelineHeading")}</h2>
        <NoticeTimeline notice={notice} now={now} lang={lang} />
      </section>

      <p className="muted">
        {t("dataFeeds")} <a href="/subprocessors.json">{t("feedJson")}</a> · <a href={atomFeedPath(lang)}>{t("feedAtom")}</a>
      </p>
    </HtmlDocument>
  );
}

const FIELDS = ["name", "legalEntity", "purpose", "location", "dataCategories", "transferMechanism", "website"] as const;

function show(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/** An addition lists what is proposed; a change shows each proposed field before → after. */
function ChangeTable({ proposed, english, current, lang }: { proposed: ProposedFields; english: readonly TranslatedField[]; current: ReaderSubprocessor | null; lang: Lang }) {
  const inEnglish = (field: string, among: readonly string[] | undefined) => englishMark(among?.includes(field));
  const t = translator(lang, "subprocessors");
  const rows = FIELDS.filter((field) => proposed[field] !== undefined);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            {current && <th scope="col">{t("before")}</th>}
            <th scope="col">{current ? t("after") : t("value")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((field) => {
            const after = show(proposed[field]);
            const before = current ? show(current[field]) : "";
            return (
              <tr key={field}>
                <th scope="row">{fieldLabels(lang)[field]}</th>
                {current && <td {...inEnglish(field, current.untranslated)}>{before}</td>}
                <td {...inEnglish(field, english)}>
                  {field === "website" ? <WebsiteLink href={after} /> : after}
                  {current && before === after && <span className="muted"> {t("unchanged")}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
