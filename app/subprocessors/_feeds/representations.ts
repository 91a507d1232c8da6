import type { PublicList, PublicNotice, PublicSubprocessor, VersionView } from "@/workers/core/portal.schema";
import { colon, formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { proseFor } from "@/workers/domain/french-content";
import { translator } from "@/i18n/translate";
import { atomFeedPath, feedLangSuffix } from "../_lib/feed-address";
import { changeTitle, periodsSentence } from "../_lib/notice-words";
import { buildAtomFeed } from "./atom";
import { toCsv } from "./csv";
import { schemaUrl } from "./json-schemas";
import { SCHEMA_VERSION, type PublicListDocument, type VersionDocument } from "./representations.schema";

/** The list's machine-readable forms. Pure functions of the core's snapshot, so they are unit-tested. */

function noticeUrl(origin: string, noticeId: string): string {
  return `${origin}/subprocessors/notices/${encodeURIComponent(noticeId)}`;
}

function versionUrl(origin: string, version: number, suffix = ""): string {
  return `${origin}/subprocessors/versions/${version}${suffix}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms == null ? null : iso(ms));

function jsonNotice(origin: string, notice: PublicNotice): PublicListDocument["history"][number] {
  return {
    noticeId: notice.id,
    changeKind: notice.changeKind,
    subprocessorId: notice.subprocessorId,
    subprocessorName: notice.subprocessorName,
    proposed: notice.proposed,
    reason: notice.reason,
    publishedAt: iso(notice.publishedAt),
    objectionDeadline: iso(notice.objectionDeadline),
    effectiveAt: iso(notice.effectiveAt),
    withdrawnAt: isoOrNull(notice.withdrawnAt),
    appliedAt: isoOrNull(notice.appliedAt),
    status: notice.status,
    url: noticeUrl(origin, notice.id),
    periods: notice.periods,
    withdrawalReason: notice.withdrawalReason,
    version: notice.version,
    versionUrl: notice.version == null ? null : versionUrl(origin, notice.version, ".json"),
    ...(notice.translations ? { translations: notice.translations } : {}),
  };
}

/**
 * `subprocessors.json`, to /schemas/subprocessors-v1.json. Fields are only ever added within a
 * schemaVersion; a removal or a change of meaning means the next one, at the same URL (docs/api.md).
 */
export function publicListJson(list: PublicList) {
  const content = {
    version: list.version?.version ?? null,
    effectiveAt: isoOrNull(list.version?.effectiveAt ?? null),
    periods: list.periods,
    subprocessors: list.subprocessors,
    pendingChanges: list.pendingChanges.map((notice) => jsonNotice(list.appOrigin, notice)),
    history: list.history.map((notice) => jsonNotice(list.appOrigin, notice)),
  };
  const document: PublicListDocument = {
    $schema: schemaUrl(list.appOrigin, "subprocessors-v1.json"),
    schemaVersion: SCHEMA_VERSION,
    generatedAt: iso(list.now),
    lastModified: iso(list.lastModified),
    ...content,
  };
  return {
    /** What identifies the content, for the ETag: everything except when this copy was generated. */
    etagSource: JSON.stringify({ schemaVersion: SCHEMA_VERSION, lastModified: iso(list.lastModified), ...content }),
    body: JSON.stringify(document, null, 2),
  };
}

/** The columns of a subprocessor, in every CSV of the list (now, or as a version had it). */
const SUBPROCESSOR_COLUMNS = ["id", "name", "legal_entity", "purpose", "location", "data_categories", "transfer_mechanism", "website"] as const;

/** `versions/{n}.json`: one version of the list, with its diff against the version before. */
export function versionJson(view: VersionView) {
  const origin = view.appOrigin;
  const document: VersionDocument = {
    $schema: schemaUrl(origin, "subprocessors-version-v1.json"),
    schemaVersion: SCHEMA_VERSION,
    version: view.version,
    effectiveAt: iso(view.effectiveAt),
    until: isoOrNull(view.until),
    url: versionUrl(origin, view.version, ".json"),
    previousVersion: view.previous,
    nextVersion: view.next,
    change: view.change && { ...view.change, url: noticeUrl(origin, view.change.noticeId) },
    correction: view.correction && {
      subprocessorName: view.correction.subprocessorName,
      fields: view.correction.fields,
      note: view.correction.note,
      ...(view.correction.noteFrench ? { translations: { fr: { note: view.correction.noteFrench } } } : {}),
    },
    subprocessors: view.subprocessors,
    diff: { againstVersion: view.previous, ...view.diff },
  };
  return JSON.stringify(document, null, 2);
}

export const CSV_HEADER = [...SUBPROCESSOR_COLUMNS, "notice_period_days", "objection_window_days", "resolution_period_days"] as const;

function subprocessorCells(s: PublicSubprocessor): string[] {
  return [s.id, s.name, s.legalEntity, s.purpose, s.location, s.dataCategories.join("; "), s.transferMechanism, s.website];
}

/**
 * `subprocessors.csv`: the current list, one row per subprocessor, data categories joined by "; ",
 * each row with the periods a change to it would be noticed with today (added last, so readers
 * of the first eight columns are unaffected).
 */
export function publicListCsv(list: PublicList): string {
  const { noticePeriodDays, objectionWindowDays, resolutionPeriodDays } = list.periods;
  const days = [noticePeriodDays, objectionWindowDays, resolutionPeriodDays].map(String);
  return toCsv(CSV_HEADER, list.subprocessors.map((s) => [...subprocessorCells(s), ...days]));
}

/** `versions/{n}.csv`: the list as that version had it, in the same first eight columns. */
export function versionCsv(subprocessors: PublicSubprocessor[]): string {
  return toCsv(SUBPROCESSOR_COLUMNS, subprocessors.map(subprocessorCells));
}

function withdrawalReason(notice: PublicNotice, lang: Lang): string {
  const reason = notice.withdrawalReason && proseFor(notice.withdrawalReason, notice.translations?.fr?.withdrawalReason, lang).text;
  return reason ? ` ${translator(lang, "subprocessors")("withdrawalReasonHeading")}${colon(lang)}${reason}` : "";
}

/** The feed's and every entry's id in one language (feedLangSuffix): each language has its own, and a notice keeps its entry. */
function feedIds(origin: string, lang: Lang) {
  const suffix = feedLangSuffix[lang];
  return { feed: `${origin}${atomFeedPath(lang)}`, entry: (noticeId: string) => noticeUrl(origin, noticeId) + suffix, suffix };
}

/** `feed.xml`: one entry per published notice, newest first, updated whenever its status changes. */
export function publicListAtom(list: PublicList, lang: Lang): string {
  const t = translator(lang, "subprocessors");
  const origin = list.appOrigin;
  const ids = feedIds(origin, lang);
  const notices = [...list.pendingChanges, ...list.history].sort((a, b) => b.publishedAt - a.publishedAt || a.id.localeCompare(b.id));
  const day = (ms: number) => formatDate(ms, lang, false);
  return buildAtomFeed({
    id: ids.feed,
    title: t("feedTitle"),
    subtitle: t("feedSubtitle"),
    selfLink: ids.feed,
    alternateLink: `${origin}/subprocessors${ids.suffix}`,
    evidenceLink: { href: `${origin}/evidence/checkpoints.json`, title: t("feedEvidence") },
    updated: list.lastModified,
    lang,
    entries: notices.map((notice) => {
      const title = changeTitle(notice.changeKind, notice.subprocessorName, lang);
      const status = `${t("facts.status")}${colon(lang)}${t(`status.${notice.status}`)}.`;
      const facts = `${t("feedSummary", { kind: t(`changeKind.${notice.changeKind}`), noticed: day(notice.publishedAt), deadline: day(notice.objectionDeadline), effective: day(notice.effectiveAt) })} ${periodsSentence(notice.periods, lang)}`;
      // A withdrawn entry says so first, in the summary a reader shows, and ends with why.
      const summary = notice.status === "withdrawn" ? `${t("facts.withdrawnAt")} ${day(notice.withdrawnAt ?? notice.updatedAt)}. ${facts}${withdrawalReason(notice, lang)}` : `${facts} ${status}`;
      return {
        id: ids.entry(notice.id),
        title: notice.status === "withdrawn" ? t("withdrawnTitle", { title }) : title,
        published: notice.publishedAt,
        updated: notice.updatedAt,
        link: noticeUrl(origin, notice.id) + ids.suffix,
        related: notice.version == null ? undefined : versionUrl(origin, notice.version) + ids.suffix,
        summary,
        content: `${summary}\n\n${t("why")}${colon(lang)}${proseFor(notice.reason, notice.translations?.fr?.reason, lang).text}`,
      };
    }),
  });
}
