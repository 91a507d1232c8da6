import en from "@/i18n/messages/en.json" with { type: "json" };
import { translator, type Messages } from "@/i18n/translate";
import type { TranslatedField } from "./domain/french-content";
import type { Lang } from "./domain/lang";

type LabelledField = keyof Messages["fields"];
type Labels = Record<LabelledField, string>;

const labelsByLang = new Map<Lang, Labels>();

/**
 * The short name of every field a person fills in, in a language: what a message calls a field
 * ("Name is required.", « le champ « Nom » »), and the subprocessor list's column headings. The
 * words are the catalogues' `fields` namespace, keyed by the field's name in the input, as zod's
 * path ends; formatted once per language and process.
 */
export function fieldLabels(lang: Lang): Labels {
  let labels = labelsByLang.get(lang);
  if (!labels) {
    const t = translator(lang, "fields");
    const word = t as (field: LabelledField) => string;
    labels = Object.fromEntries((Object.keys(en.fields) as LabelledField[]).map((field) => [field, word(field)])) as Labels;
    labelsByLang.set(lang, labels);
  }
  return labels;
}

/**
 * A translated fact's French by its two names: the public documents' (`translations.fr.purpose`,
 * in a correction's fields) and the forms' and labels' (`purposeFr`). The one place either is
 * turned into the other.
 */
export const frenchFieldNames = {
  purpose: { inDocuments: "translations.fr.purpose", inForms: "purposeFr" },
  location: { inDocuments: "translations.fr.location", inForms: "locationFr" },
  dataCategories: { inDocuments: "translations.fr.dataCategories", inForms: "dataCategoriesFr" },
  transferMechanism: { inDocuments: "translations.fr.transferMechanism", inForms: "transferMechanismFr" },
} as const satisfies Record<TranslatedField, { inDocuments: `translations.fr.${TranslatedField}`; inForms: LabelledField }>;

/** A field as the public documents name it ("website", "translations.fr.purpose"), labelled: "Website", "Purpose in French". */
export function documentFieldLabel(field: string, lang: Lang): string | undefined {
  const french = Object.values(frenchFieldNames).find((names) => names.inDocuments === field);
  return fieldLabel(french ? french.inForms : field, lang);
}

/** The field a path is about: its last part that is a field name ("proposed.dataCategories.2" → "dataCategories"). */
export function fieldOfPath(path: readonly PropertyKey[] | string): string {
  const parts = typeof path === "string" ? path.split(".") : path.map(String);
  return parts.filter((part) => part !== "" && !/^\d+$/.test(part)).at(-1) ?? "";
}

/** A field's label in a language, or undefined for a field no form shows. */
export function fieldLabel(field: string, lang: Lang): string | undefined {
  return Object.hasOwn(en.fields, field) ? fieldLabels(lang)[field as LabelledField] : undefined;
}
