import { intlLocales, type Lang } from "@/app/_lib/i18n/lang";

/**
 * "15:12" on the wall clock of `timeZone`: a room admin reads times where the room is, never in
 * UTC (a Paris organisation's pairing code expiring "14:12 UTC" sent people to the wrong hour).
 */
export function clockTime(at: number, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocales[lang], { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}
