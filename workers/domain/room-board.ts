/**
 * The rules of an organisation's live room board, pure: what a heartbeat changes, when a display
 * counts as offline, when snapshots are due. The RoomBoard Durable Object applies them.
 */

/** A display that has not reported for three minutes is offline (it reports at least once a minute). */
export const OFFLINE_AFTER_MS = 3 * 60_000;
export const SNAPSHOT_EVERY_MS = 15 * 60_000;
export const RETENTION_EVERY_MS = 24 * 3600_000;

export interface LiveDisplay {
  displayId: string;
  online: boolean;
  occupied: boolean;
  lastSeenAt: number | null;
}

/** A heartbeat makes the display online with the reported occupancy; `changed` says whether to tell anyone. */
export function applyHeartbeat(previous: LiveDisplay, occupied: boolean, now: number): { next: LiveDisplay; changed: boolean } {
  const next = { displayId: previous.displayId, online: true, occupied, lastSeenAt: now };
  return { next, changed: !previous.online || previous.occupied !== occupied };
}

export function isStale(display: LiveDisplay, now: number): boolean {
  return display.lastSeenAt === null || now - display.lastSeenAt >= OFFLINE_AFTER_MS;
}

/**
 * When the next offline check is due: the moment the longest-silent online display crosses three
 * minutes. Null when nobody is online (nothing can go offline).
 */
export function nextOfflineCheckAt(displays: LiveDisplay[]): number | null {
  let earliest: number | null = null;
  for (const d of displays) {
    if (!d.online || d.lastSeenAt === null) continue;
    const due = d.lastSeenAt + OFFLINE_AFTER_MS;
    if (earliest === null || due < earliest) earliest = due;
  }
  return earliest;
}

/** Snapshots sit on quarter hours (:00, :15, :30, :45 UTC), so rooms line up in analytics. */
export function nextQuarterHour(now: number): number {
  return Math.floor(now / SNAPSHOT_EVERY_MS) * SNAPSHOT_EVERY_MS + SNAPSHOT_EVERY_MS;
}

/**
 * What a snapshot records for a display: an offline display is never "occupied" (its last report
 * may be stale), so utilisation counts only what was known.
 */
export function snapshotFacts(display: LiveDisplay, now: number): { online: boolean; occupied: boolean } {
  const online = display.online && !isStale(display, now);
  return { online, occupied: online && display.occupied };
}
