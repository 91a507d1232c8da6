import { _createCache, _createIntlFormatters, createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import type { Lang } from "../workers/domain/lang";
import en from "./messages/en.json" with { type: "json" };
import fr from "./messages/fr.json" with { type: "json" };

/**
 * The English catalogue's type, with every message as its literal string (from the generated
 * en.d.json.ts): what lets use-intl reject a key that does not exist and a missing or extra argument.
 */
export type Messages = typeof en;
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** Every message of a catalogue as a plain string: the shape the French catalogue must have. */
type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

// A French catalogue missing a key or a namespace fails here at compile time; that it has the
// same placeholders as English is checked by i18n/catalogues.test.ts, since JSON gives it no literals.
const french: Catalogue<Messages> = fr;
const catalogues: Record<Lang, Messages> = { en, fr: french as Messages };

// One cache for every translator, so each message is parsed once per language and process.
const cache = _createCache();
const formatters = _createIntlFormatters(cache);

/** A missing message or argument is a bug the types should have caught: fail loudly, never show a key. */
function fail(error: Error): never {
  throw error;
}

/**
 * The messages of one area in one language, as `t("key", { arg })`. Plurals and selects are ICU
 * MessageFormat in the catalogues; dates and numbers arrive already formatted by our own helpers.
 */
export function translator<const N extends Namespace>(lang: Lang, namespace: N) {
  return createTranslator({ locale: lang, messages: catalogues[lang], namespace, onError: fail, timeZone: "UTC", _cache: cache, _formatters: formatters });
}
