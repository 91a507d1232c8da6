import type { NoticeView, PublicList, PublicNotice, PublicSubprocessor, VersionView } from "@/workers/core/portal.schema";
import { factsFor, proseFor, type TranslatedField } from "@/workers/domain/french-content";
import type { Lang } from "@/workers/domain/lang";

/**
 * The public list's content in the reader's language, picked before any page, feed or email is
 * rendered (issue 16): components get plain strings, and the names of the fields that stayed in
 * English for a French reader, to mark them lang="en" (a screen reader then switches voice).
 */

/** A subprocessor read in one language; `untranslated` lists the fields shown in English to a French reader. */
export type ReaderSubprocessor = PublicSubprocessor & { untranslated?: readonly TranslatedField[] };

/** A notice read in one language, and which of its text stayed English. */
export type ReaderNotice = PublicNotice & { english?: { reason: boolean; withdrawalReason: boolean; proposed: readonly TranslatedField[] } };

function subprocessorFor(subprocessor: PublicSubprocessor, lang: Lang): ReaderSubprocessor {
  const { translations, ...english } = subprocessor;
  return factsFor(english, translations?.fr, lang);
}

function noticeFor(notice: PublicNotice, lang: Lang): ReaderNotice {
  const { translations, ...english } = notice;
  const fr = translations?.fr;
  const reason = proseFor(notice.reason, fr?.reason, lang);
  const withdrawal = notice.withdrawalReason ? proseFor(notice.withdrawalReason, fr?.withdrawalReason, lang) : null;
  const { untranslated, ...proposed } = factsFor(notice.proposed, fr?.proposed, lang);
  return {
    ...english,
    proposed,
    reason: reason.text,
    withdrawalReason: withdrawal?.text ?? null,
    english: { reason: lang !== "en" && reason.lang === "en", withdrawalReason: lang !== "en" && withdrawal?.lang === "en", proposed: untranslated },
  };
}

export function listFor(list: PublicList, lang: Lang): PublicList & { subprocessors: ReaderSubprocessor[]; pendingChanges: ReaderNotice[]; history: ReaderNotice[] } {
  return {
    ...list,
    subprocessors: list.subprocessors.map((s) => subprocessorFor(s, lang)),
    pendingChanges: list.pendingChanges.map((n) => noticeFor(n, lang)),
    history: list.history.map((n) => noticeFor(n, lang)),
  };
}

export function noticeViewFor(view: NoticeView, lang: Lang): NoticeView & { notice: ReaderNotice; current: ReaderSubprocessor | null } {
  return { ...view, notice: noticeFor(view.notice, lang), current: view.current && subprocessorFor(view.current, lang) };
}

export function versionViewFor(view: VersionView, lang: Lang): VersionView & { subprocessors: ReaderSubprocessor[] } {
  return {
    ...view,
    subprocessors: view.subprocessors.map((s) => subprocessorFor(s, lang)),
    correction: view.correction && { ...view.correction, note: proseFor(view.correction.note, view.correction.noteFrench, lang).text },
  };
}

/** `lang="en"` on an element whose text stayed English for a French reader; nothing otherwise. */
export function englishMark(shownInEnglish: boolean | undefined): { lang?: "en" } {
  return shownInEnglish ? { lang: "en" } : {};
}
