import type { Lang } from "@/workers/domain/lang";

/**
 * What each language adds to the Atom feed's address and its entries' ids. Atom ids are for ever
 * (RFC 4287 §4.2.6): English keeps the addresses it has always had, French adds `?lang=fr`, so a
 * reader that follows both languages gets two feeds and never merges their entries.
 */
export const feedLangSuffix: Record<Lang, string> = { en: "", fr: "?lang=fr" };

/** The Atom feed of notices, in one language: what the pages link to. */
export function atomFeedPath(lang: Lang): string {
  return `/subprocessors/feed.xml${feedLangSuffix[lang]}`;
}
