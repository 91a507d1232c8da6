import { intlLocales, type Lang } from "./lang";

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
    format = new Intl.DateTimeFormat(intlLocales[lang], {
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
