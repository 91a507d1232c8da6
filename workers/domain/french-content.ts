import type { Lang } from "./lang";

/**
 * French text written beside the English (issue 16). A subprocessor's free-text facts can be
 * written in French; its name, legal entity and website are the same in every language. Where
 * French is missing the English is shown, and the field is named in `untranslated`, so a page
 * can mark it `lang="en"` and a screen reader switch voice.
 */
export const TRANSLATED_FIELDS = ["purpose", "location", "dataCategories", "transferMechanism"] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/** The translated fields as a zod `.pick()` mask, so every schema of French is cut from its English one. */
export const TRANSLATED_PICK = Object.fromEntries(TRANSLATED_FIELDS.map((field) => [field, true])) as { readonly [F in TranslatedField]: true };

/** A subprocessor's facts in French, field by field where written. */
export type FrenchFacts = Partial<{ purpose: string; location: string; dataCategories: string[]; transferMechanism: string }>;

type Facts = { [F in TranslatedField]: F extends "dataCategories" ? string[] : string };

/** Text resolved for one reader: plain strings, and which of them stayed English for a French reader. */
export type InReaderLanguage<T> = T & { untranslated: TranslatedField[] };

/**
 * A subprocessor's facts in the reader's language: French where it was written, English
 * otherwise. An English reader always gets the English and nothing marked.
 */
export function factsFor<T extends Partial<Facts>>(english: T, french: FrenchFacts | null | undefined, lang: Lang): InReaderLanguage<T> {
  if (lang === "en") return { ...english, untranslated: [] };
  const text: Partial<Facts> = { ...english };
  const untranslated: TranslatedField[] = [];
  for (const field of TRANSLATED_FIELDS) {
    if (english[field] === undefined) continue;
    const translated = french?.[field];
    if (translated === undefined || translated === null || (Array.isArray(translated) && translated.length === 0)) untranslated.push(field);
    else (text as Record<string, unknown>)[field] = translated;
  }
  return { ...(text as T), untranslated };
}

/** One piece of prose (a reason) for a reader: French where written, else the English, marked. */
export function proseFor(english: string, french: string | null | undefined, lang: Lang): { text: string; lang: Lang } {
  return lang === "fr" && french ? { text: french, lang: "fr" } : { text: english, lang: "en" };
}

/**
 * The French facts after a notice changes English ones: a French field is replaced by the
 * notice's French, or dropped when the notice changes the English without giving French — the
 * old French would describe what the subprocessor no longer does. French for a field whose
 * English stays is never applied (a draft is refused it, `frenchWithoutChange`): that is a
 * direct correction, not a notice (ADR 020). Written as an RFC 7396 merge patch (null removes).
 */
export function frenchPatchAfterChange(changedEnglish: readonly string[], french: FrenchFacts | null | undefined): Record<string, string | string[] | null> {
  const patch: Record<string, string | string[] | null> = {};
  for (const field of TRANSLATED_FIELDS) {
    if (!changedEnglish.includes(field)) continue;
    patch[field] = french?.[field] ?? null;
  }
  return patch;
}

/**
 * The fields a change notice gives French for but leaves alone in English. The notice's page
 * shows only what it changes in English, so published French would change with nothing shown:
 * writing the French of an unchanged fact is a direct correction (ADR 020), never a notice.
 */
export function frenchWithoutChange(changedEnglish: readonly string[], french: FrenchFacts | null | undefined): TranslatedField[] {
  return TRANSLATED_FIELDS.filter((field) => french?.[field] !== undefined && !changedEnglish.includes(field));
}

/** The French a form sent, keyed `purposeFr`, `locationFr`…, as stored facts; null when none was written. */
export function frenchOfInput(input: Partial<Record<`${TranslatedField}Fr`, string | string[] | undefined>>): FrenchFacts | null {
  const french: Record<string, string | string[]> = {};
  for (const field of TRANSLATED_FIELDS) {
    const value = input[`${field}Fr`];
    if (value !== undefined) french[field] = value;
  }
  return hasFrench(french as FrenchFacts) ? (french as FrenchFacts) : null;
}

/**
 * A direct correction of French text (ADR 016 and 020: translating changes nothing a customer
 * relies on, the English stays what binds). `sent` holds a text per field the form sent, null to
 * drop that French; answers the merge patch and the fields it really changes.
 */
export function frenchCorrection(current: FrenchFacts | null | undefined, sent: Partial<Record<TranslatedField, string | string[] | null>>): { patch: Record<string, string | string[] | null>; changed: TranslatedField[] } {
  const patch: Record<string, string | string[] | null> = {};
  const changed: TranslatedField[] = [];
  for (const field of TRANSLATED_FIELDS) {
    const value = sent[field];
    if (value === undefined) continue;
    if (JSON.stringify(value) === JSON.stringify(current?.[field] ?? null)) continue;
    patch[field] = value;
    changed.push(field);
  }
  return { patch, changed };
}

/** Whether any French was written at all (an empty object is stored as null). */
export function hasFrench(french: FrenchFacts | null | undefined): french is FrenchFacts {
  return !!french && TRANSLATED_FIELDS.some((field) => french[field] !== undefined);
}
