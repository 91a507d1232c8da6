import type { PublicList, PublicNotice } from "@/workers/core/portal.schema";
import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import { portalText } from "../_i18n";
import { buildAtomFeed } from "./atom";
import { toCsv } from "./csv";

/** The list's machine-readable forms. Pure functions of the core's snapshot, so they are unit-tested. */

const JSON_SCHEMA_VERSION = 1;

function noticeUrl(origin: string, noticeId: string): string {
  return `${origin}/subprocessors/notices/${encodeURIComponent(noticeId)}`;
}

const iso = (ms: number | null) => (ms == null ? null : new Date(ms).toISOString());

function jsonNotice(origin: string, notice: PublicNotice) {
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
    withdrawnAt: iso(notice.withdrawnAt),
    appliedAt: iso(notice.appliedAt),
    status: notice.status,
    url: noticeUrl(origin, notice.id),
  };
}

/**
 * `subprocessors.json`, schema version 1. Fields are only ever added within a version; a removal or
 * a change of meaning means schemaVersion 2 at the same URL.
 */
export function publicListJson(list: PublicList) {
  const content = {
    subprocessors: list.subprocessors,
    pendingChanges: list.pendingChanges.map((notice) => jsonNotice(list.appOrigin, notice)),
    history: list.history.map((notice) => jsonNotice(list.appOrigin, notice)),
  };
  return {
    /** What identifies the content, for the ETag: everything except when this copy was generated. */
    etagSource: JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, lastModified: iso(list.lastModified), ...content }),
    body: JSON.stringify(
      { schemaVersion: JSON_SCHEMA_VERSION, generatedAt: iso(list.now), lastModified: iso(list.lastModified), ...content },
      null,
      2,
    ),
  };
}

export const CSV_HEADER = ["id", "name", "legal_entity", "purpose", "location", "data_categories", "transfer_mechanism", "website"] as const;

/** `subprocessors.csv`: the current list, one row per subprocessor, data categories joined by "; ". */
export function publicListCsv(list: PublicList): string {
  return toCsv(
    CSV_HEADER,
    list.subprocessors.map((s) => [s.id, s.name, s.legalEntity, s.purpose, s.location, s.dataCategories.join("; "), s.transferMechanism, s.website]),
  );
}

/** `feed.xml`: one entry per published notice, newest first, updated whenever its status changes. */
export function publicListAtom(list: PublicList, lang: Lang): string {
  const t = portalText(lang);
  const origin = list.appOrigin;
  const notices = [...list.pendingChanges, ...list.history].sort((a, b) => b.publishedAt - a.publishedAt || a.id.localeCompare(b.id));
  const day = (ms: number) => formatDate(ms, lang, false);
  return buildAtomFeed({
    id: `${origin}/subprocessors/feed.xml`,
    title: t.feedTitle,
    subtitle: t.feedSubtitle,
    selfLink: `${origin}/subprocessors/feed.xml${lang === "fr" ? "?lang=fr" : ""}`,
    alternateLink: `${origin}/subprocessors${lang === "fr" ? "?lang=fr" : ""}`,
    evidenceLink: { href: `${origin}/evidence/checkpoints.json`, title: t.feedEvidence },
    updated: list.lastModified,
    lang,
    entries: notices.map((notice) => {
      const link = noticeUrl(origin, notice.id) + (lang === "fr" ? "?lang=fr" : "");
      const summary = `${t.feedSummary(t.changeKind[notice.changeKind], day(notice.publishedAt), day(notice.objectionDeadline), day(notice.effectiveAt))} ${t.facts.status}: ${t.status[notice.status]}.`;
      return {
        id: noticeUrl(origin, notice.id),
        title: t.changeTitle[notice.changeKind](notice.subprocessorName),
        published: notice.publishedAt,
        updated: notice.updatedAt,
        link,
        summary,
        content: `${summary}\n\n${t.why}: ${notice.reason}`,
      };
    }),
  });
}
