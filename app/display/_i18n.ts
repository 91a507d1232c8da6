import { tabletText, type TabletText } from "@/i18n/tablet";
import { dayFromNow } from "@/workers/domain/panel-day";
import { intlLocales, type Lang } from "../_lib/i18n/lang";

export type DisplayText = TabletText;

/** The panel's words in one language (the `display` namespace of i18n/messages), one translator per language. */
const translators = new Map<Lang, DisplayText>();
export function displayText(lang: Lang): DisplayText {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = tabletText(lang)));
  return t;
}

/** A duration on the panel, "25 min", "1 h", or "1 h 28 min" (French "1 h 28"), never broken across lines. */
export function duration(t: DisplayText, minutes: number): string {
  if (minutes < 60) return t("minutes", { minutes: String(minutes) });
  const hours = String(Math.floor(minutes / 60));
  return minutes % 60 === 0 ? t("hours", { hours }) : t("hoursMinutes", { hours, minutes: String(minutes % 60).padStart(2, "0") });
}

/** How old the saved schedule is, as a person reads it: "4 min", "3 h 05", "2 d 3 h" (never broken across lines). */
export function age(t: DisplayText, ms: number): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  if (minutes < 24 * 60) return duration(t, minutes);
  const hours = Math.floor(minutes / 60);
  return t("daysHours", { days: String(Math.floor(hours / 24)), hours: String(hours % 24) });
}

/** The panel's clock time of an instant, "09:05", in the room's zone. */
export function clockTime(lang: Lang, timeZone: string | undefined): (at: number) => string {
  const format = new Intl.DateTimeFormat(intlLocales[lang], { timeZone, hour: "2-digit", minute: "2-digit" });
  return (at) => format.format(at);
}

/**
 * The day a meeting falls on, as the panel says it before its times: nothing for today,
 * "Tomorrow", the weekday within a week ("Wednesday", "Mercredi"), the date beyond ("Mon 7 Dec").
 */
export function meetingDay(lang: Lang, timeZone: string): (at: number, now: number) => string {
  const weekday = new Intl.DateTimeFormat(intlLocales[lang], { timeZone, weekday: "long" });
  const date = new Intl.DateTimeFormat(intlLocales[lang], { timeZone, weekday: "short", day: "numeric", month: "short" });
  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(intlLocales[lang]) + text.slice(1);
  return (at, now) => {
    const day = dayFromNow(at, now, timeZone);
    if (day.kind === "today") return "";
    if (day.kind === "tomorrow") return displayText(lang)("tomorrow");
    return capitalised((day.kind === "weekday" ? weekday : date).format(at));
  };
}

/** The subject of a booking made at a panel when the organisation has not set its own, in its language. */
export function defaultBookingSubject(lang: Lang): string {
  return displayText(lang)("defaultBookingSubject");
}

/** What the room tells an organiser when it declines a meeting nobody checked in to, in the organisation's language. */
export function releaseComment(lang: Lang, minutes: number): string {
  return displayText(lang)("releaseComment", { minutes: String(minutes) });
}

/** What the room tells an organiser when it releases a recurring meeting nobody came to `strikes` times in a row, in the organisation's language. */
export function seriesReleaseComment(lang: Lang, strikes: number): string {
  return displayText(lang)("seriesReleaseComment", { strikes: String(strikes) });
}
