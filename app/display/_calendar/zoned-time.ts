import { TZDate, tzOffset } from "@date-fns/tz";

/**
 * Wall-clock time in an IANA time zone, with @date-fns/tz (about 2 KB on the tablet). Calendars
 * give all-day events as dates and some times without an offset; these turn them into instants.
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const at = new TZDate(instant, timeZone);
  return { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(), hour: at.getHours(), minute: at.getMinutes(), second: at.getSeconds(), weekday: at.getDay() };
}

/**
 * "2026-03-29T02:30:00" or "2026-03-29" as wall-clock time in `timeZone` → epoch ms.
 * A time that does not exist (skipped by a DST change) lands just after it (02:30 → 03:30 in
 * Paris); an ambiguous time (repeated when clocks go back) is the first occurrence. That is what
 * calendar apps show. @date-fns/tz picks the second occurrence, so the first is tried before it.
 */
export function zonedDateTimeToEpoch(isoLocal: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(isoLocal);
  if (!match) throw new RangeError(`Not a local date-time: ${isoLocal}`);
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = match;
  const wall = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const instant = +TZDate.tz(timeZone, ...wall);
  // How far the clocks went back in the half day before, if they did: the repeated hour's first pass.
  const wentBackMs = (tzOffset(timeZone, new Date(instant - 43_200_000)) - tzOffset(timeZone, new Date(instant))) * 60_000;
  if (wentBackMs > 0 && sameWallClock(instant - wentBackMs, timeZone, wall)) return instant - wentBackMs;
  return instant;
}

function sameWallClock(instant: number, timeZone: string, [year, month, day, hour, minute, second]: readonly number[]): boolean {
  const at = new TZDate(instant, timeZone);
  return at.getFullYear() === year && at.getMonth() === month && at.getDate() === day && at.getHours() === hour && at.getMinutes() === minute && at.getSeconds() === second;
}

export function startOfZonedDay(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return zonedDateTimeToEpoch(`${p.year}-${pad(p.month)}-${pad(p.day)}`, timeZone);
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}
