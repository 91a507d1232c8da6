/**
 * No-show series: a recurring meeting nobody checked in to several times in a row is released for
 * its future occurrences. The strikes are counted on the tablet, from what it saw happen at its
 * door, and kept in its own storage: the server never learns of a series, a meeting or a strike.
 */

/** Each series' run of misses: how many in a row, up to the occurrence that started at `lastStart`. */
export type SeriesStrikes = Readonly<Record<string, { strikes: number; lastStart: number }>>;

/** One occurrence of a series, as the tablet saw it end: released for want of a check-in, or held. */
export interface SeriesOccurrence {
  seriesId: string;
  start: number;
  outcome: "missed" | "held";
}

/** A series the tablet has not seen for this long is forgotten, so its storage stays small. */
const FORGET_AFTER_MS = 90 * 24 * 3600_000;

/**
 * Counts one occurrence into its series' run, with `now` to forget runs not seen for 90 days. Runs
 * are ordered by the occurrences' own starts, never by a period between them: a daily meeting
 * across a DST change, a weekly one or one moved by a day are each "the next one". An occurrence
 * already counted (at or before the last one: a reload, a second look) changes nothing, so counting
 * is idempotent. A held occurrence ends the run. The run that reaches `threshold` releases the
 * series (`release: true`) and starts over, so the series is released once, not at every miss after.
 */
export function countOccurrence(strikes: SeriesStrikes, occurrence: SeriesOccurrence, threshold: number, now: number): { strikes: SeriesStrikes; release: boolean } {
  const kept = Object.fromEntries(Object.entries(strikes).filter(([, run]) => now - run.lastStart < FORGET_AFTER_MS));
  const run = kept[occurrence.seriesId];
  if (run && occurrence.start <= run.lastStart) return { strikes: kept, release: false };
  const count = occurrence.outcome === "held" ? 0 : (run?.strikes ?? 0) + 1;
  const release = count >= threshold;
  return { strikes: { ...kept, [occurrence.seriesId]: { strikes: release ? 0 : count, lastStart: occurrence.start } }, release };
}
