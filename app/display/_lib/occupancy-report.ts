/**
 * What a tablet tells the server about its room, decided on the tablet so the server can never
 * learn more. An organisation chooses one of two rules (docs/privacy.md, "Occupancy reporting"):
 *
 * - `exact`: the panel's own state, the moment it changes.
 * - `quarter_hour` (the default): the state as of the latest quarter-hour boundary (:00, :15, :30,
 *   :45), fixed for the whole quarter. A meeting from 10:07 to 10:22 is reported occupied from
 *   10:15 to 10:30; one from 10:02 to 10:13 is never reported. What the tablet learns during a
 *   quarter (a booking made, a meeting cancelled or released) waits for the next boundary.
 */

export const QUARTER_HOUR_MS = 15 * 60_000;
const HEARTBEAT_EVERY_MS = 60_000;

/**
 * The latest quarter-hour boundary at or before `now`. Flooring the epoch is right in every time
 * zone in use: all of today's UTC offsets and daylight-saving shifts are whole quarter hours
 * (+05:45, +10:30, -03:30 included), so a UTC quarter hour is a local one, and a DST change never
 * makes a quarter longer or shorter than 15 minutes.
 */
export function quarterHourStart(now: number): number {
  return Math.floor(now / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
}

/** The occupancy a tablet holds for the server: the state as of `asOf`, a quarter-hour boundary. */
export interface HeldOccupancy {
  asOf: number;
  occupied: boolean;
}

/**
 * The quarter-hour rule. Keeps `held` while `now` is in the same quarter; in a new quarter, asks
 * `occupiedAt` for the state at its boundary and holds that. Holding (rather than asking again on
 * every call) is what keeps a change the tablet learns mid-quarter, such as a cancellation read
 * from the calendar at 10:20, from reaching the server before 10:30.
 */
export function holdToQuarterHour(held: HeldOccupancy | null, now: number, occupiedAt: (instant: number) => boolean): HeldOccupancy {
  const asOf = quarterHourStart(now);
  if (held !== null && held.asOf === asOf) return held;
  return { asOf, occupied: occupiedAt(asOf) };
}

/** The last report the server acknowledged. */
export interface LastReport {
  occupied: boolean;
  at: number;
}

/** A heartbeat is due when the reported state differs from the last one delivered, and otherwise once a minute. */
export function heartbeatDue(last: LastReport | null, occupied: boolean, now: number): boolean {
  return last === null || last.occupied !== occupied || now - last.at >= HEARTBEAT_EVERY_MS;
}
