import type { _Translator } from "use-intl/core";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatMessage from "use-intl/format-message/format-only";
import type { Lang } from "../workers/domain/lang";
import type { Messages, Namespace } from "./translate";

// Browser code formats messages compiled ahead of time (scripts/i18n-generate.mjs) with use-intl's
// format-only formatter: the ICU parser that createTranslator carries would cost each bundle about
// 9 KB of gzip (docs/decisions/019-icu-catalogues-with-use-intl.md). Its messages are what use-intl
// compiles, so JSON's wide types are the only thing this module takes on trust.
type Compiled = Parameters<typeof formatMessage>[1];
const cache = _createCache();
const formatters = _createIntlFormatters(cache);

function lookup(messages: unknown, key: string): Compiled | undefined {
  let found = messages;
  for (const part of key.split(".")) found = typeof found === "object" && found !== null && !Array.isArray(found) ? (found as Record<string, unknown>)[part] : undefined;
  return found as Compiled | undefined;
}

/**
 * One namespace's precompiled messages in one language, as `t("key", { arg })`: the same calls,
 * checked against the same catalogue type, as the server's translator.
 */
export function precompiledText<const N extends Namespace>(messages: unknown, lang: Lang, namespace: N): _Translator<Messages, N> {
  const has = (key: string) => lookup(messages, key) !== undefined;
  const format = (key: string, values?: Record<string, string | number>) => {
    const message = lookup(messages, key);
    if (message === undefined) throw new Error(`MISSING_MESSAGE: ${namespace}.${key} (${lang})`);
    return formatMessage(key, message, values, { cache, formatters, locale: lang, timeZone: "UTC" });
  };
  // rich/markup format the same way (format-only handles tags); raw gives the compiled form.
  return Object.assign(format, { has, rich: format, markup: format, raw: (key: string) => lookup(messages, key) }) as unknown as _Translator<Messages, N>;
}
