/** The languages Roomtrust speaks, on pages and in emails. */
export const languages = ["en", "fr"] as const;
export type Lang = (typeof languages)[number];

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "fr";
}

/** Between a label and what it says: French puts a no-break space before the colon. */
export function colon(lang: Lang): string {
  return lang === "fr" ? "\u00a0: " : ": ";
}

/**
 * French « de » before a name: « d’ » when the name starts with a vowel (« Retrait d’Intercom »),
 * « de » otherwise (« Retrait de Mistral AI »). A leading h counts as aspirated, as it usually is in
 * the brand names this is used for (« de HubSpot »).
 */
export function frenchOf(name: string): string {
  return /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(name) ? `d’${name}` : `de ${name}`;
}
