/** The languages Roomtrust speaks, on pages and in emails. */
export const languages = ["en", "fr"] as const;
export type Lang = (typeof languages)[number];

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "fr";
}

/** The locale Intl writes each language's dates and times in: British English (day before month, 24-hour clock), France's French. */
export const intlLocales: Record<Lang, string> = { en: "en-GB", fr: "fr-FR" };

/** Between a label and what it says: French puts a no-break space before the colon. */
export function colon(lang: Lang): string {
  return lang === "fr" ? "\u00a0: " : ": ";
}

/** A sentence's first letter in capitals, as a message that begins a sentence wants it. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Words whose h is mute (« l’hôtel », « d’Horizon »). Brand names with an h are read with an
 * aspirated h (« de HubSpot »), so only these words, as a name's first word, take « d’ ».
 */
const MUTE_H_WORDS = new Set(["habitat", "harmonie", "hébergement", "hébergeur", "héritage", "heure", "hexagone", "histoire", "homme", "horizon", "horloge", "hôpital", "hôte", "hôtel", "humain", "hygiène"]);

function startsWithMuteH(name: string): boolean {
  const firstWord = (/^\p{L}+/u.exec(name)?.[0] ?? "").toLowerCase();
  return MUTE_H_WORDS.has(firstWord) || MUTE_H_WORDS.has(firstWord.replace(/[sx]$/, ""));
}

/**
 * French « de » before a name, for every French text that puts one after « de » (the feed's and
 * the list's « Retrait d’Intercom », the emails): « d’ » when the name starts with a vowel or a mute
 * h (« d’Hôtel Connect »), « de » otherwise (« Retrait de Mistral AI », « de HubSpot »).
 */
export function frenchOf(name: string): string {
  return /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(name) || startsWithMuteH(name) ? `d’${name}` : `de ${name}`;
}
