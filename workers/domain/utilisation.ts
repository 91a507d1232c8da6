import { tzOffset } from "@date-fns/tz";

/**
 * Room utilisation, computed only from the quarter-hour snapshots the tablets leave behind
 * (online/offline, occupied/available). Pure: the caller loads snapshots and room settings and
 * passes them in; business time is judged in each room's own time zone.
 */

export interface SnapshotRow {
  displayId: string;
  name: string;
  online: boolean;
  occupied: boolean;
  takenAt: number;
}

export interface RoomHours {
  displayId: string;
  name: string;
  timeZone: string;
  /** 0 = Sunday … 6 = Saturday, as JavaScript counts them. */
  businessDays: number[];
  businessStartMinute: number;
  /** Exclusive, minutes after local midnight. A window that crosses midnight is not supported. */
  businessEndMinute: number;
}

export interface RoomUtilisation {
  displayId: string;
  name: string;
  /** Snapshots that fell in business time, online or not. */
  businessSamples: number;
  /** Occupied among online business samples; null when the room was never online in business time. */
  occupiedShare: number | null;
  /** Offline among all business samples; null when there were none. */
  offlineShare: number | null;
  /** 168 entries, index = weekday * 24 + hour in the room's zone (Sunday first). */
  byHourOfWeek: (number | null)[];
  rarelyUsed: boolean;
  oftenOffline: boolean;
}

export interface UtilisationThresholds {
  /** A room below this occupied share is flagged as rarely used. */
  rarelyUsed: number;
  /** A room above this offline share is flagged as often offline. */
  oftenOffline: number;
  /** Fewer business samples than this are too little data to flag a room either way. */
  minSamples: number;
}

export interface UtilisationSummary {
  rooms: RoomUtilisation[];
  /** Occupied share pooled over every room's online business samples, by local hour of week. */
  overallByHourOfWeek: (number | null)[];
  /** Earliest and latest snapshot of a listed room; null when there are none. */
  from: number | null;
  to: number | null;
}

const HOURS_PER_WEEK = 168;

/** Eight samples are two hours of business time: less than that says nothing about a room. */
export const DEFAULT_THRESHOLDS: Readonly<UtilisationThresholds> = Object.freeze({ rarelyUsed: 0.1, oftenOffline: 0.2, minSamples: 8 });

/**
 * Summarises snapshots per room and across rooms. Snapshots of displays missing from `rooms` are
 * ignored (the room was removed). Each snapshot counts once as given: the table's primary key
 * (display, takenAt) already rules out duplicates.
 */
export function summariseUtilisation(
  rooms: RoomHours[],
  snapshots: SnapshotRow[],
  thresholds: Readonly<UtilisationThresholds> = DEFAULT_THRESHOLDS,
): UtilisationSummary {
  const tallies = new Map(rooms.map((room) => [room.displayId, newTally(room)]));
  const overall = hourOfWeekCounts();
  const localTime = localClock();
  let from: number | null = null;
  let to: number | null = null;

  for (const snapshot of snapshots) {
    const tally = tallies.get(snapshot.displayId);
    if (!tally) continue;
    from = from === null ? snapshot.takenAt : Math.min(from, snapshot.takenAt);
    to = to === null ? snapshot.takenAt : Math.max(to, snapshot.takenAt);

    const local = localTime(snapshot.takenAt, tally.room.timeZone);
    if (!isBusinessTime(tally.room, local)) continue;
    tally.businessSamples += 1;
    if (!snapshot.online) {
      tally.offlineSamples += 1;
      continue;
    }
    const hourOfWeek = local.weekday * 24 + Math.floor(local.minuteOfDay / 60);
    count(tally.byHour, hourOfWeek, snapshot.occupied);
    count(overall, hourOfWeek, snapshot.occupied);
  }

  const summaries = [...tallies.values()].map((tally) => summariseRoom(tally, thresholds));
  return { rooms: summaries.sort(byOccupiedShareThenName), overallByHourOfWeek: shares(overall), from, to };
}

/**
 * The instant `retentionMonths` calendar months before `now`, in UTC, keeping the time of day.
 * A day that the earlier month lacks is clamped to its last day (months before 31 March → end of
 * February), so the cutoff never spills into the following month.
 */
export function retentionCutoff(now: number, retentionMonths: number): number {
  if (!Number.isInteger(retentionMonths) || retentionMonths < 0) {
    throw new RangeError(`retentionMonths must be a whole number ≥ 0, got ${retentionMonths}`);
  }
  const at = new Date(now);
  const month = at.getUTCMonth() - retentionMonths;
  const lastDayOfTargetMonth = new Date(Date.UTC(at.getUTCFullYear(), month + 1, 0)).getUTCDate();
  return Date.UTC(
    at.getUTCFullYear(),
    month,
    Math.min(at.getUTCDate(), lastDayOfTargetMonth),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
    at.getUTCMilliseconds(),
  );
}

interface HourCounts {
  online: number[];
  occupied: number[];
}

interface RoomTally {
  room: RoomHours;
  businessSamples: number;
  offlineSamples: number;
  byHour: HourCounts;
}

interface LocalTime {
  weekday: number;
  minuteOfDay: number;
}

function newTally(room: RoomHours): RoomTally {
  return { room, businessSamples: 0, offlineSamples: 0, byHour: hourOfWeekCounts() };
}

function hourOfWeekCounts(): HourCounts {
  return { online: new Array<number>(HOURS_PER_WEEK).fill(0), occupied: new Array<number>(HOURS_PER_WEEK).fill(0) };
}

function count(counts: HourCounts, hourOfWeek: number, occupied: boolean): void {
  counts.online[hourOfWeek] = (counts.online[hourOfWeek] ?? 0) + 1;
  if (occupied) counts.occupied[hourOfWeek] = (counts.occupied[hourOfWeek] ?? 0) + 1;
}

function shares(counts: HourCounts): (number | null)[] {
  return counts.online.map((online, hour) => (online === 0 ? null : (counts.occupied[hour] ?? 0) / online));
}

function summariseRoom(tally: RoomTally, thresholds: Readonly<UtilisationThresholds>): RoomUtilisation {
  const onlineSamples = tally.businessSamples - tally.offlineSamples;
  const occupiedSamples = tally.byHour.occupied.reduce((sum, n) => sum + n, 0);
  const occupiedShare = onlineSamples === 0 ? null : occupiedSamples / onlineSamples;
  const offlineShare = tally.businessSamples === 0 ? null : tally.offlineSamples / tally.businessSamples;
  // With too few samples one offline quarter hour would brand a room; judge nothing until there is enough.
  const enoughData = tally.businessSamples >= thresholds.minSamples;
  return {
    displayId: tally.room.displayId,
    name: tally.room.name,
    businessSamples: tally.businessSamples,
    occupiedShare,
    offlineShare,
    byHourOfWeek: shares(tally.byHour),
    rarelyUsed: enoughData && occupiedShare !== null && occupiedShare < thresholds.rarelyUsed,
    oftenOffline: enoughData && offlineShare !== null && offlineShare > thresholds.oftenOffline,
  };
}

function isBusinessTime(room: RoomHours, local: LocalTime): boolean {
  return (
    room.businessDays.includes(local.weekday) &&
    local.minuteOfDay >= room.businessStartMinute &&
    local.minuteOfDay < room.businessEndMinute
  );
}

function byOccupiedShareThenName(a: RoomUtilisation, b: RoomUtilisation): number {
  if (a.occupiedShare !== b.occupiedShare) {
    if (a.occupiedShare === null) return 1;
    if (b.occupiedShare === null) return -1;
    return b.occupiedShare - a.occupiedShare;
  }
  return a.name.localeCompare(b.name) || a.displayId.localeCompare(b.displayId);
}

/**
 * Weekday and minute of day on the wall clocks of a zone (DST included), remembered for one
 * summary only: the zone conversion is the slow part, and rooms share zones and snapshots share quarter hours, so
 * a hundred rooms in one zone cost one conversion per quarter hour, not one per snapshot.
 */
function localClock(): (instant: number, timeZone: string) => LocalTime {
  const remembered = new Map<string, Map<number, LocalTime>>();
  return (instant, timeZone) => {
    // Keyed by whole minutes (all that is read back): small integers hash much faster than epoch ms.
    const minute = Math.floor(instant / 60_000);
    let inZone = remembered.get(timeZone);
    if (!inZone) remembered.set(timeZone, (inZone = new Map()));
    let local = inZone.get(minute);
    if (!local) inZone.set(minute, (local = convert(minute * 60_000, timeZone)));
    return local;
  };
}

function convert(instant: number, timeZone: string): LocalTime {
  // The wall clock as if it were UTC: the zone's offset (DST included) added to the instant.
  const wall = new Date(instant + tzOffset(timeZone, new Date(instant)) * 60_000);
  return { weekday: wall.getUTCDay(), minuteOfDay: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}
