import { tzOffset } from "@date-fns/tz";

/**
 * Wall-clock time in an IANA time zone, from the zone offsets @date-fns/tz reads out of Intl.
 * Calendars give all-day events as dates and some times without an offset; these turn them into
 * instants. No TZDate: it subclasses Date, and a replaced Date (Playwright's clock on the tablet
 * in the e2e suite) turns its instances back into plain Dates in the browser's own zone.
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

/** The zone's offset from UTC at an instant, in ms (Paris in winter: +3 600 000). */
function offsetAt(instant: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(instant)) * 60_000;
}

export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const wall = new Date(instant + offsetAt(instant, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(), weekday: wall.getUTCDay() };
}

/**
 * "2026-03-29T02:30:00" or "2026-03-29" as wall-clock time in `timeZone` → epoch ms.
 * A time that does not exist (skipped by a DST change) is read with the offset from before the
 * change, so it lands just after it (02:30 → 03:30 in Paris); an ambiguous time (repeated when
 * clocks go back) is the first occurrence. That is what calendar apps show.
 */
export function zonedDateTimeToEpoch(isoLocal: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(isoLocal);
  if (!match) throw new RangeError(`Not a local date-time: ${isoLocal}`);
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const before = offsetAt(asUtc - 86_400_000 / 2, timeZone);
  const after = offsetAt(asUtc + 86_400_000 / 2, timeZone);
  // Try the earlier offset first (first occurrence of an ambiguous time), then the later one.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = asUtc - offset;
    if (offsetAt(candidate, timeZone) === offset) return candidate;
  }
  // Skipped local time: use the offset in force before the gap.
  return asUtc - before;
}

export function startOfZonedDay(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return zonedDateTimeToEpoch(`${p.year}-${pad(p.month)}-${pad(p.day)}`, timeZone);
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}
