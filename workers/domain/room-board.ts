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

/** What a tablet says about its own calendar reading (never about a meeting). */
export type CalendarHealth = "ok" | "stale" | "needs_sign_in" | "error";

/**
 * An incident is a display whose calendar health stays not `ok` for ten minutes: long enough that
 * a token renewal, a throttled read or a network blip that heals by itself emails nobody, short
 * enough that a room is not wrong for a morning before anyone hears. It starts at the first
 * heartbeat that was not `ok` and ends at the first `ok` one; a change of kind within it (sign-in
 * needed, then an error) is the same incident.
 */
export const INCIDENT_AFTER_MS = 10 * 60_000;

export interface DisplayHealth {
  /** The last health reported; null until a tablet that sends one reports. */
  health: CalendarHealth | null;
  /** Since when it has been this value. */
  healthSince: number | null;
  /** The last heartbeat that said `ok`. */
  lastOkAt: number | null;
  /** The first heartbeat of the current run of not-`ok` ones; null while `ok`. */
  incidentStart: number | null;
  /** Whether the organisation's admins were told of the current incident. */
  incidentNotified: boolean;
}

export type HealthEffect = { kind: "incident"; incidentStart: number; health: Exclude<CalendarHealth, "ok"> } | { kind: "recovered"; incidentStart: number };

export const NO_HEALTH: DisplayHealth = { health: null, healthSince: null, lastOkAt: null, incidentStart: null, incidentNotified: false };

/**
 * A heartbeat's health. An incident is announced once, at the first heartbeat at least
 * INCIDENT_AFTER_MS after it started, and its recovery only if it was announced; a heartbeat
 * without a health (a tablet still running an older app) changes nothing.
 */
export function applyHealth(previous: DisplayHealth, health: CalendarHealth | undefined, now: number): { next: DisplayHealth; effects: HealthEffect[] } {
  if (health === undefined) {
    const { health: kept, healthSince, lastOkAt, incidentStart, incidentNotified } = previous;
    return { next: { health: kept, healthSince, lastOkAt, incidentStart, incidentNotified }, effects: [] };
  }
  const healthSince = previous.health === health && previous.healthSince !== null ? previous.healthSince : now;
  if (health === "ok") {
    const effects: HealthEffect[] = previous.incidentNotified && previous.incidentStart !== null ? [{ kind: "recovered", incidentStart: previous.incidentStart }] : [];
    return { next: { health, healthSince, lastOkAt: now, incidentStart: null, incidentNotified: false }, effects };
  }
  const incidentStart = previous.incidentStart ?? now;
  const announce = !previous.incidentNotified && now - incidentStart >= INCIDENT_AFTER_MS;
  return {
    next: { health, healthSince, lastOkAt: previous.lastOkAt, incidentStart, incidentNotified: previous.incidentNotified || announce },
    effects: announce ? [{ kind: "incident", incidentStart, health }] : [],
  };
}

/**
 * A display that went silent while its health was not `ok`: silence heals nothing, so its
 * incident is announced once it is INCIDENT_AFTER_MS old, as the next heartbeat would have done
 * (once: a display already announced, or one that never reported a bad health, owes nothing). Its
 * recovery is announced by the first `ok` heartbeat when it comes back (applyHealth).
 */
export function applySilence(previous: DisplayHealth, now: number): { next: DisplayHealth; effects: HealthEffect[] } {
  const { health, incidentStart } = previous;
  if (health === null || health === "ok" || incidentStart === null || previous.incidentNotified || now - incidentStart < INCIDENT_AFTER_MS) {
    return { next: previous, effects: [] };
  }
  return { next: { ...previous, incidentNotified: true }, effects: [{ kind: "incident", incidentStart, health }] };
}

/**
 * When the board must next look at its displays: a display crossing three silent minutes, or a
 * silent display's incident turning ten minutes old unannounced. Null when neither can happen.
 */
export function nextBoardCheckAt(displays: (LiveDisplay & DisplayHealth)[]): number | null {
  let earliest = nextOfflineCheckAt(displays);
  for (const d of displays) {
    if (d.online || d.incidentStart === null || d.incidentNotified) continue;
    const due = d.incidentStart + INCIDENT_AFTER_MS;
    if (earliest === null || due < earliest) earliest = due;
  }
  return earliest;
}

/**
 * Whether the finder may trust a display's occupied/available: never from a schedule older than
 * the organisation's limit. `stale` says so outright; after `needs_sign_in` or `error` the
 * schedule is as old as the last `ok` heartbeat. A display that never sent a health (an older
 * app) is trusted as before.
 */
export function scheduleTrusted(health: DisplayHealth, now: number, staleAfterMs: number): boolean {
  if (health.health === null || health.health === "ok") return true;
  if (health.health === "stale") return false;
  return health.lastOkAt !== null && now - health.lastOkAt < staleAfterMs;
}

/**
 * The next moment `scheduleTrusted` turns false for one of `displays` with time alone (its last
 * `ok` schedule getting older than the limit), or null when none can: until then, what the finder
 * shows changes only with a report or an admin change.
 */
export function nextTrustChangeAt(displays: DisplayHealth[], now: number, staleAfterMs: number): number | null {
  let earliest: number | null = null;
  for (const d of displays) {
    if (!scheduleTrusted(d, now, staleAfterMs) || d.health === null || d.health === "ok" || d.lastOkAt === null) continue;
    const at = d.lastOkAt + staleAfterMs;
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
}
