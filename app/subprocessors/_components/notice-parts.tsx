import type { PublicNotice, PublicNoticeStatus } from "@/workers/core/portal.schema";
import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { periodsSentence } from "../_lib/notice-words";

const badgeClass: Record<PublicNoticeStatus, string> = {
  published: "badge badge-warn",
  window_closed: "badge badge-neutral",
  effective: "badge badge-ok",
  withdrawn: "badge badge-bad",
};

/** The notice's status as text with a symbol; colour is only a second cue. */
export function StatusBadge({ status, lang }: { status: PublicNoticeStatus; lang: Lang }) {
  return <span className={badgeClass[status]}>{translator(lang, "subprocessors")(`status.${status}`)}</span>;
}

export function noticeHref(id: string, lang: Lang, suffix = ""): string {
  return `/subprocessors/notices/${encodeURIComponent(id)}${suffix}?lang=${lang}`;
}

/** Noticed on, objection deadline, effective (or withdrawn) date and status, as a definition list. */
export function NoticeFacts({ notice, lang }: { notice: PublicNotice; lang: Lang }) {
  const t = translator(lang, "subprocessors");
  return (
    <dl className="facts">
      <dt>{t("facts.status")}</dt>
      <dd><StatusBadge status={notice.status} lang={lang} /></dd>
      <dt>{t("facts.noticedOn")}</dt>
      <dd>{formatDate(notice.publishedAt, lang)}</dd>
      <dt>{t("facts.objectionDeadline")}</dt>
      <dd>{formatDate(notice.objectionDeadline, lang)}</dd>
      {notice.status === "withdrawn" ? (
        <>
          <dt>{t("facts.withdrawnAt")}</dt>
          <dd>{formatDate(notice.withdrawnAt, lang)}</dd>
        </>
      ) : (
        <>
          <dt>{notice.status === "effective" ? t("facts.tookEffect") : t("facts.effectiveAt")}</dt>
          <dd>{formatDate(notice.status === "effective" ? (notice.appliedAt ?? notice.effectiveAt) : notice.effectiveAt, lang)}</dd>
        </>
      )}
      <dt>{t("facts.periods")}</dt>
      <dd>{periodsSentence(notice.periods, lang)}</dd>
    </dl>
  );
}

/** Published → objection window closes → takes effect (or withdrawn), each step marked done or to come. */
export function NoticeTimeline({ notice, now, lang }: { notice: PublicNotice; now: number; lang: Lang }) {
  const t = translator(lang, "subprocessors");
  const windowDone = now >= notice.objectionDeadline || notice.status !== "published";
  const steps: { key: string; label: string; at: number | null; done: boolean }[] = [
    { key: "published", label: t("timeline.published"), at: notice.publishedAt, done: true },
  ];
  if (notice.status === "withdrawn") {
    if (notice.withdrawnAt != null && notice.withdrawnAt >= notice.objectionDeadline) {
      steps.push({ key: "window", label: t("timeline.windowClosed"), at: notice.objectionDeadline, done: true });
    }
    steps.push({ key: "withdrawn", label: t("timeline.withdrawn"), at: notice.withdrawnAt, done: true });
  } else {
    steps.push({ key: "window", label: windowDone ? t("timeline.windowClosed") : t("timeline.windowCloses"), at: notice.objectionDeadline, done: windowDone });
    const effective = notice.status === "effective";
    steps.push({ key: "effective", label: effective ? t("timeline.tookEffect") : t("timeline.takesEffect"), at: effective ? (notice.appliedAt ?? notice.effectiveAt) : notice.effectiveAt, done: effective });
  }
  return (
    <ol className="timeline">
      {steps.map((step) => (
        <li key={step.key} className={step.done ? "done" : "pending"}>
          <strong>{step.label}</strong>
          <br />
          <time dateTime={step.at == null ? undefined : new Date(step.at).toISOString()}>{formatDate(step.at, lang)}</time>
        </li>
      ))}
    </ol>
  );
}
