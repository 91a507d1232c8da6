import { NO_HEALTH, scheduleTrusted, type CalendarHealth, type DisplayHealth, type LiveDisplay } from "../domain/room-board";

/** Until the organisation's own limit is loaded from D1: the default of orgs.schedule_stale_minutes. */
const DEFAULT_STALE_MINUTES = 60;

export interface DisplayRecord extends LiveDisplay, DisplayHealth {
  name: string;
  tokenVersion: number;
}

/** What the board keeps of a display from D1: the rest is live state of its own. */
export interface ConfiguredDisplay {
  id: string;
  name: string;
  tokenVersion: number;
}

/**
 * How far the stored `last_seen` (and `last_ok`) of a display may lag the one in memory: a heartbeat
 * that changes nothing else writes its row only when the stored time is this old (ADR 022). A
 * tablet reports once a minute, so about every other heartbeat writes nothing.
 */
export const STORED_TIMES_LAG_MS = 2 * 60_000;

/** Columns added after the first release: an object created before them gains them on wake-up. */
const HEALTH_COLUMNS = ["health text", "health_since integer", "last_ok integer", "incident_start integer", "incident_notified integer not null default 0"];

/**
 * A RoomBoard's live state in its SQLite storage: one row per display of the organisation (the
 * last report of each, and its calendar health), plus the organisation's id and staleness limit.
 * Storage is the truth (it survives eviction); this instance also keeps a copy in memory, read
 * from storage once and written through on every change, so a heartbeat reads no row (reading its
 * display's row and the two settings were most of a heartbeat's SQLite time, docs/benchmarks.md).
 * Only this class writes that storage, so the copy cannot drift from it.
 */
export class BoardState {
  private readonly storage: DurableObjectStorage;
  /** Every display by id, in name order; null until first read, and after a replace. */
  private rows: Map<string, DisplayRecord> | null = null;
  private settings: { orgId: string | undefined; staleAfterMs: number } | null = null;
  /** Each display's `last_seen` as storage has it, which may lag memory by STORED_TIMES_LAG_MS. */
  private readonly storedSeenAt = new Map<string, number | null>();
  /** Displays whose times (last seen, last ok) a heartbeat kept in memory only. */
  private readonly timesNotWritten = new Set<string>();
  /** Whether this instance has read its rows yet: only the first read follows an eviction. */
  private woken = false;

  constructor(storage: DurableObjectStorage) {
    this.storage = storage;
    storage.sql.exec(`
      create table if not exists displays (
        id text primary key, name text not null, token_version integer not null,
        last_seen integer, online integer not null default 0, occupied integer not null default 0);`);
    const existing = new Set(storage.sql.exec<{ name: string }>("select name from pragma_table_info('displays')").toArray().map((c) => c.name));
    for (const column of HEALTH_COLUMNS) {
      if (!existing.has(column.split(" ")[0]!)) storage.sql.exec(`alter table displays add column ${column}`);
    }
  }

  /** The organisation this board was loaded for; undefined before its first load. */
  orgId(): string | undefined {
    return this.stored().orgId;
  }

  display(id: string): DisplayRecord | undefined {
    return this.records().get(id);
  }

  /** In name order. */
  displays(): DisplayRecord[] {
    return [...this.records().values()];
  }

  /**
   * Takes the organisation's displays as D1 now lists them, keeping what is known live about each.
   * A display gone from D1 is forgotten; one whose token version moved (unpaired) loses its live
   * state at once: the tablet that reported it can no longer speak for the room. Returns both, so
   * the board can tell open pages.
   */
  replace(orgId: string, staleMinutes: number | undefined, rows: ConfiguredDisplay[]): { removed: string[]; unpaired: string[] } {
    const removed: string[] = [];
    const unpaired: string[] = [];
    // The rows are read again below: first what only memory knows (times a heartbeat did not write).
    this.flushTimes();
    // Read again from storage afterwards: names and order change here, and a failed transaction writes nothing.
    this.rows = null;
    this.settings = null;
    try {
      this.replaceRows(orgId, staleMinutes, rows, removed, unpaired);
    } finally {
      this.rows = null;
      this.settings = null;
    }
    return { removed, unpaired };
  }

  private replaceRows(orgId: string, staleMinutes: number | undefined, rows: ConfiguredDisplay[], removed: string[], unpaired: string[]): void {
    this.storage.transactionSync(() => {
      this.storage.kv.put("orgId", orgId);
      this.storage.kv.put("staleAfterMs", (staleMinutes ?? DEFAULT_STALE_MINUTES) * 60_000);
      const known = new Map(this.storage.sql.exec<{ id: string; token_version: number }>("select id, token_version from displays").toArray().map((r) => [r.id, r.token_version]));
      const keep = new Set(rows.map((r) => r.id));
      for (const id of known.keys()) {
        if (keep.has(id)) continue;
        this.storage.sql.exec("delete from displays where id = ?", id);
        removed.push(id);
      }
      for (const row of rows) {
        const version = known.get(row.id);
        if (version !== undefined && version !== row.tokenVersion) {
          this.writeLive(row.id, { displayId: row.id, online: false, occupied: false, lastSeenAt: null }, NO_HEALTH);
          unpaired.push(row.id);
        }
        this.storage.sql.exec(
          `insert into displays (id, name, token_version) values (?, ?, ?)
           on conflict (id) do update set name = excluded.name, token_version = excluded.token_version`,
          row.id,
          row.name,
          row.tokenVersion,
        );
      }
    });
  }

  /**
   * A heartbeat's facts. Written through like any change (`writeLive`) unless nothing but its times
   * moved (last seen, last ok) and storage's are less than STORED_TIMES_LAG_MS old: then only memory
   * changes. Returns the rows written (0 or 1).
   */
  recordHeartbeat(id: string, live: LiveDisplay, health: DisplayHealth): number {
    const known = this.records().get(id);
    const storedSeenAt = this.storedSeenAt.get(id);
    const onlyTimes =
      known !== undefined &&
      known.online === live.online &&
      known.occupied === live.occupied &&
      known.health === health.health &&
      known.healthSince === health.healthSince &&
      known.incidentStart === health.incidentStart &&
      known.incidentNotified === health.incidentNotified &&
      // last_ok only moves forward with the same health (ok); never from null.
      (known.lastOkAt === health.lastOkAt || (known.lastOkAt !== null && health.lastOkAt !== null));
    const fresh = storedSeenAt != null && live.lastSeenAt !== null && live.lastSeenAt - storedSeenAt < STORED_TIMES_LAG_MS;
    if (!onlyTimes || !fresh) return this.writeLive(id, live, health);
    this.rows!.set(id, { ...known, lastSeenAt: live.lastSeenAt, lastOkAt: health.lastOkAt });
    this.timesNotWritten.add(id);
    return 0;
  }

  /** Stores a display's live facts and calendar health; returns the rows written. */
  writeLive(id: string, live: LiveDisplay, health: DisplayHealth): number {
    const written = this.storage.sql.exec(
      `update displays set last_seen = ?, online = ?, occupied = ?, health = ?, health_since = ?, last_ok = ?, incident_start = ?, incident_notified = ?
       where id = ?`,
      live.lastSeenAt,
      live.online ? 1 : 0,
      live.occupied ? 1 : 0,
      health.health,
      health.healthSince,
      health.lastOkAt,
      health.incidentStart,
      health.incidentNotified ? 1 : 0,
      id,
    ).rowsWritten;
    this.storedSeenAt.set(id, live.lastSeenAt);
    this.timesNotWritten.delete(id);
    const known = this.rows?.get(id);
    if (known) {
      const { online, occupied, lastSeenAt } = live;
      const { health: reported, healthSince, lastOkAt, incidentStart, incidentNotified } = health;
      // A new object, never a change to one a caller may still hold.
      this.rows!.set(id, { ...known, online, occupied, lastSeenAt, health: reported, healthSince, lastOkAt, incidentStart, incidentNotified });
    }
    return written;
  }

  /**
   * What finder pages may know of a display: online, occupied, and whether that occupancy comes
   * from a schedule recent enough to trust (`known`). Its health stays with the admin page.
   */
  publicFacts(display: LiveDisplay & DisplayHealth, now: number) {
    const staleAfterMs = this.staleAfterMs();
    return { displayId: display.displayId, online: display.online, occupied: display.occupied, known: scheduleTrusted(display, now, staleAfterMs) };
  }

  /** The organisation's limit on how old a schedule the finder trusts. */
  staleAfterMs(): number {
    return this.stored().staleAfterMs;
  }

  private records(): Map<string, DisplayRecord> {
    if (this.rows) return this.rows;
    const rows = this.storage.sql.exec<RawDisplay>("select * from displays order by name").toArray();
    this.storedSeenAt.clear();
    this.timesNotWritten.clear();
    for (const row of rows) this.storedSeenAt.set(row.id, row.last_seen);
    // After an eviction, an online display's last report may be up to STORED_TIMES_LAG_MS later
    // than storage says: it counts as seen at the latest it could have been, so a tablet still
    // reporting is never marked offline early; one silent since is marked offline that much late
    // at worst (ADR 022). A later read (after an admin change) follows a flush, and is exact.
    const shift = this.woken ? 0 : STORED_TIMES_LAG_MS;
    this.woken = true;
    this.rows = new Map(rows.map((row) => [row.id, toRecord(row, shift)]));
    return this.rows;
  }

  /** Writes the times heartbeats kept in memory only, in one transaction. */
  private flushTimes(): void {
    const rows = this.rows;
    const lagging = rows ? [...this.timesNotWritten].flatMap((id) => rows.get(id) ?? []) : [];
    if (lagging.length > 0) {
      this.storage.transactionSync(() => {
        for (const d of lagging) this.writeLive(d.displayId, d, d);
      });
    }
    this.timesNotWritten.clear();
  }

  private stored(): { orgId: string | undefined; staleAfterMs: number } {
    this.settings ??= {
      orgId: this.storage.kv.get<string>("orgId"),
      staleAfterMs: this.storage.kv.get<number>("staleAfterMs") ?? DEFAULT_STALE_MINUTES * 60_000,
    };
    return this.settings;
  }
}

interface RawDisplay extends Record<string, SqlStorageValue> {
  id: string;
  name: string;
  token_version: number;
  last_seen: number | null;
  online: number;
  occupied: number;
  health: CalendarHealth | null;
  health_since: number | null;
  last_ok: number | null;
  incident_start: number | null;
  incident_notified: number;
}

function toRecord(row: RawDisplay, seenShift: number): DisplayRecord {
  return {
    displayId: row.id,
    name: row.name,
    tokenVersion: row.token_version,
    lastSeenAt: row.last_seen !== null && row.online === 1 ? row.last_seen + seenShift : row.last_seen,
    online: row.online === 1,
    occupied: row.occupied === 1,
    health: row.health,
    healthSince: row.health_since,
    lastOkAt: row.last_ok,
    incidentStart: row.incident_start,
    incidentNotified: row.incident_notified === 1,
  };
}
