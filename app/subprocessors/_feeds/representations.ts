import type { PublicList, PublicNotice, PublicSubprocessor, VersionView } from "@/workers/core/portal.schema";
import { colon, formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { proseFor } from "@/workers/domain/french-content";
import { translator } from "@/i18n/translate";
import { atomFeedPath, feedLangSuffix } from "../_lib/feed-address";
import { changeTitle, periodsSentence } from "../_lib/notice-words";
import { buildAtomFeed, type TextRun } from "./atom";
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

/**
 * The French text of the translated facts (ADR 020), last in every CSV: one file for every reader,
 * the binding English beside the French, and an empty cell where no French was written.
 */
const FRENCH_COLUMNS = ["purpose_fr", "location_fr", "data_categories_fr", "transfer_mechanism_fr"] as const;

export const CSV_HEADER = [...SUBPROCESSOR_COLUMNS, "notice_period_days", "objection_window_days", "resolution_period_days", ...FRENCH_COLUMNS] as const;
const VERSION_CSV_HEADER = [...SUBPROCESSOR_COLUMNS, ...FRENCH_COLUMNS] as const;

function subprocessorCells(s: PublicSubprocessor): string[] {
  return [s.id, s.name, s.legalEntity, s.purpose, s.location, s.dataCategories.join("; "), s.transferMechanism, s.website];
}

function frenchCells(s: PublicSubprocessor): string[] {
  const fr = s.translations?.fr;
  return [fr?.purpose ?? "", fr?.location ?? "", fr?.dataCategories?.join("; ") ?? "", fr?.transferMechanism ?? ""];
}

/**
 * `subprocessors.csv`: the current list, one row per subprocessor, data categories joined by "; ",
 * each row with the periods a change to it would be noticed with today, then its French (each
 * added last, so readers of the columns before are unaffected).
 */
export function publicListCsv(list: PublicList): string {
  const { noticePeriodDays, objectionWindowDays, resolutionPeriodDays } = list.periods;
  const days = [noticePeriodDays, objectionWindowDays, resolutionPeriodDays].map(String);
  return toCsv(CSV_HEADER, list.subprocessors.map((s) => [...subprocessorCells(s), ...days, ...frenchCells(s)]));
}

/** `versions/{n}.csv`: the list as that version had it, in the same first eight columns, then its French. */
export function versionCsv(subprocessors: PublicSubprocessor[]): string {
  return toCsv(VERSION_CSV_HEADER, subprocessors.map((s) => [...subprocessorCells(s), ...frenchCells(s)]));
}

/** Free text in the reader's language where it was written in it, else the English, marked as such (ADR 020). */
function prose(english: string, french: string | null | undefined, lang: Lang): TextRun {
  const chosen = proseFor(english, french, lang);
  return chosen.lang === lang ? { text: chosen.text } : { text: chosen.text, lang: chosen.lang };
}

/** The end of a withdrawn entry's summary: why it was withdrawn, when it says. */
function withdrawalReason(notice: PublicNotice, lang: Lang): TextRun[] {
  if (!notice.withdrawalReason) return [];
  return [{ text: ` ${translator(lang, "subprocessors")("withdrawalReasonHeading")}${colon(lang)}` }, prose(notice.withdrawalReason, notice.translations?.fr?.withdrawalReason, lang)];
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
      const summary: TextRun[] = notice.status === "withdrawn" ? [{ text: `${t("facts.withdrawnAt")} ${day(notice.withdrawnAt ?? notice.updatedAt)}. ${facts}` }, ...withdrawalReason(notice, lang)] : [{ text: `${facts} ${status}` }];
      return {
        id: ids.entry(notice.id),
        title: notice.status === "withdrawn" ? t("withdrawnTitle", { title }) : title,
        published: notice.publishedAt,
        updated: notice.updatedAt,
        link: noticeUrl(origin, notice.id) + ids.suffix,
        related: notice.version == null ? undefined : versionUrl(origin, notice.version) + ids.suffix,
        summary: [summary],
        content: [summary, [{ text: `${t("why")}${colon(lang)}` }, prose(notice.reason, notice.translations?.fr?.reason, lang)]],
      };
    }),
  });
}
