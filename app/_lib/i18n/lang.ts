export const languages = ["en", "fr"] as const;
export type Lang = (typeof languages)[number];

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "fr";
}

/**
 * The page language: `?lang=` wins (links and the language switcher use it), then the first
 * supported language in Accept-Language, then English.
 */
export function pickLang(queryLang: string | string[] | undefined | null, acceptLanguage: string | null): Lang {
  const q = Array.isArray(queryLang) ? queryLang[0] : queryLang;
  if (isLang(q)) return q;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.find((p) => p.trim().startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0], q: qParam ? Number(qParam.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.find((entry) => isLang(entry.base))?.base as Lang | undefined ?? "en";
}

/** Dates shown to people: unambiguous, in their language, in UTC. */
export function formatDate(ms: number | null | undefined, lang: Lang, withTime = true): string {
  if (ms == null) return "—";
  return formatDay(dateFormat(lang, withTime), ms, lang) + (withTime ? " UTC" : "");
}

/** A date with its day of the month as French writes the first one: « 1er décembre », not « 1 décembre ». */
export function formatDay(format: Intl.DateTimeFormat, ms: number, lang: Lang): string {
  if (lang !== "fr") return format.format(ms);
  return format
    .formatToParts(ms)
    .map((part) => (part.type === "day" && Number(part.value) === 1 ? "1er" : part.value))
    .join("");
}

// Making an Intl.DateTimeFormat costs about 150 µs, formatting with one about 1 µs: the public
// list shows some eighty dates, so the four formats are made once per isolate.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}),
      timeZone: "UTC",
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** The language of a request, in route handlers and framework-free pages: `?lang=`, then Accept-Language. */
export function langOf(request: Request): Lang {
  return pickLang(new URL(request.url).searchParams.get("lang"), request.headers.get("accept-language"));
}

/** Between a label and what it says: French puts a no-break space before the colon. */
export function colon(lang: Lang): string {
  return lang === "fr" ? " : " : ": ";
}

/**
 * French « de » before a name: « d’ » when the name starts with a vowel (« Retrait d’Intercom »),
 * « de » otherwise (« Retrait de Mistral AI »). A leading h counts as aspirated, as it usually is in
 * the brand names this is used for (« de HubSpot »).
 */
export function frenchOf(name: string): string {
  return /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(name) ? `d’${name}` : `de ${name}`;
}
