import { DurableObject } from "cloudflare:workers";
import { findOrgById, listDisplays } from "../../db/queries/rooms";
import { createContext } from "../core/context";
import {
  applyHealth,
  applyHeartbeat,
  isStale,
  nextOfflineCheckAt,
  nextQuarterHour,
  RETENTION_EVERY_MS,
  scheduleTrusted,
  type CalendarHealth,
  type DisplayHealth,
  type LiveDisplay,
} from "../domain/room-board";
import { AppError, toResult } from "../errors";
import { notifyCalendarHealth } from "../use-cases/notify-calendar-health";
import { pruneSnapshots } from "../use-cases/prune-snapshots";
import { takeRoomSnapshot } from "../use-cases/take-room-snapshot";
import type { BoardMessage } from "./room-board.schema";

/** The Durable Object that holds one organisation's live room state; its name is the org id. */
export function roomBoard(env: CoreEnv, orgId: string) {
  return env.ROOM_BOARD.get(env.ROOM_BOARD.idFromName(orgId));
}

type DueKind = "offline" | "snapshot" | "retention";
/** The tag of sockets opened with the room-finder link's key (not a member's session). */
const LINK_SOCKET = "link-key";
/** Close code a finder page reads as "this link no longer works" (4000–4999 are the application's). */
export const LINK_REPLACED = 4403;
const RETRY_AFTER_MS = 30_000;
/** Until the organisation's own limit is loaded from D1: the default of orgs.schedule_stale_minutes. */
const DEFAULT_STALE_MINUTES = 60;

interface DisplayRecord extends LiveDisplay, DisplayHealth {
  name: string;
  tokenVersion: number;
}

/** Columns added after the first release: an object created before them gains them on wake-up. */
const HEALTH_COLUMNS = ["health text", "health_since integer", "last_ok integer", "incident_start integer", "incident_notified integer not null default 0"];

/**
 * One per organisation: every heartbeat of its displays lands here, one at a time, so the state
 * is always the last report of each display. Holds the state in SQLite storage (it survives
 * eviction), pushes changes to room-finder pages over hibernatable WebSockets, and runs one alarm
 * for three kinds of due work: offline checks, 15-minute snapshots and snapshot retention.
 */
export class RoomBoard extends DurableObject<CoreEnv> {
  private armedFor: number | null = null;
  private loading: Promise<void> | null = null;

  constructor(ctx: DurableObjectState, env: CoreEnv) {
    super(ctx, env);
    ctx.storage.sql.exec(`
      create table if not exists displays (
        id text primary key, name text not null, token_version integer not null,
        last_seen integer, online integer not null default 0, occupied integer not null default 0);
      create table if not exists due_work (kind text primary key, due_at integer not null, attempts integer not null default 0);`);
    const existing = new Set(ctx.storage.sql.exec<{ name: string }>("select name from pragma_table_info('displays')").toArray().map((c) => c.name));
    for (const column of HEALTH_COLUMNS) {
      if (!existing.has(column.split(" ")[0]!)) ctx.storage.sql.exec(`alter table displays add column ${column}`);
    }
  }

  /**
   * A display's report. The caller has verified the device token's signature; the version it
   * carries must still be the display's current one here (unpairing bumps it), and the display
   * must belong to this organisation.
   */
  async heartbeat(input: { orgId: string; displayId: string; tokenVersion: number; occupied: boolean; calendarHealth?: CalendarHealth; now: number }) {
    return toResult(async () => {
      await this.ensureLoaded(input.orgId);
      const record = this.display(input.displayId);
      if (!record || record.tokenVersion !== input.tokenVersion) throw new AppError("device_unauthorized");
      const { next } = applyHeartbeat(record, input.occupied, input.now);
      const health = applyHealth(record, input.calendarHealth, input.now);
      // Owed before it is recorded as told: a failure here leaves the incident unannounced, and
      // the next heartbeat owes it again under the same key.
      for (const effect of health.effects) await notifyCalendarHealth(await createContext(this.env), { orgId: input.orgId, displayId: input.displayId, effect });
      this.ctx.storage.sql.exec(
        `update displays set last_seen = ?, online = 1, occupied = ?, health = ?, health_since = ?, last_ok = ?, incident_start = ?, incident_notified = ?
         where id = ?`,
        input.now,
        next.occupied ? 1 : 0,
        health.next.health,
        health.next.healthSince,
        health.next.lastOkAt,
        health.next.incidentStart,
        health.next.incidentNotified ? 1 : 0,
        input.displayId,
      );
      const before = this.publicFacts(record, input.now);
      const after = this.publicFacts({ ...record, ...health.next, ...next }, input.now);
      const changed = before.online !== after.online || before.occupied !== after.occupied || before.known !== after.known;
      if (changed) this.broadcast({ type: "display", display: after });
      this.scheduleEarliest("offline", nextOfflineCheckAt([next]) ?? input.now);
      this.ensureScheduled("snapshot", nextQuarterHour(input.now));
      this.ensureScheduled("retention", input.now + RETENTION_EVERY_MS);
      await this.rearm(input.now);
      return { online: true, occupied: next.occupied, changed };
    });
  }

  /** Re-reads the organisation's displays from D1 after an admin change (added, renamed, removed, unpaired). */
  async sync(input: { orgId: string }) {
    return toResult(async () => {
      await this.load(input.orgId);
      this.broadcast({ type: "state", displays: await this.publicStates() });
      return { displays: this.displays().length };
    });
  }

  /** Every display's live facts, for the room finder's server-rendered list; with its calendar health, for the admin page. */
  async states(input: { orgId: string; now?: number }) {
    return toResult(async () => {
      await this.ensureLoaded(input.orgId);
      const now = input.now ?? (await createContext(this.env)).clock.now();
      return this.displays().map((d) => ({ ...this.publicFacts(d, now), health: d.health, healthSince: d.healthSince }));
    });
  }

  /**
   * The room-finder link was replaced: every page that opened its socket with a link key closes
   * now (4403), rather than showing rooms to whoever still holds the old link. Pages opened by a
   * signed-in member keep theirs.
   */
  async closeLinkSockets() {
    return toResult(async () => {
      const sockets = this.ctx.getWebSockets(LINK_SOCKET);
      for (const socket of sockets) socket.close(LINK_REPLACED, "The room-finder link was replaced.");
      return { closed: sockets.length };
    });
  }

  /** Due work and the armed alarm, for tests and diagnostics. */
  async diagnostics() {
    return {
      due: this.ctx.storage.sql.exec<{ kind: string; due_at: number; attempts: number }>("select * from due_work order by due_at").toArray(),
      alarm: await this.ctx.storage.getAlarm(),
      sockets: this.ctx.getWebSockets().length,
    };
  }

  /**
   * The one HTTP door: a room-finder page's WebSocket. Access was checked by the core worker
   * before forwarding (WebSockets cannot cross RPC, so this is the exception to "RPC only").
   */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade") !== "websocket") return new Response("Expected a WebSocket.", { status: 426 });
    const url = new URL(request.url);
    const orgId = url.searchParams.get("org") ?? "";
    await this.ensureLoaded(orgId);
    const { 0: client, 1: server } = new WebSocketPair();
    // Hibernation API: an idle finder page costs nothing; the object may sleep between messages.
    // Sockets opened with the link key are tagged, so replacing the link can close them.
    this.ctx.acceptWebSocket(server, url.searchParams.get("via") === "key" ? [LINK_SOCKET] : []);
    server.send(JSON.stringify({ type: "state", displays: await this.publicStates() } satisfies BoardMessage));
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer) {
    // Pages send nothing but keep-alive pings; anything else is ignored rather than trusted.
    if (message === "ping") ws.send("pong");
  }

  override async webSocketClose(ws: WebSocket, code: number) {
    ws.close(code === 1005 ? 1000 : code, "closing");
  }

  override async alarm(): Promise<void> {
    const ctx = await createContext(this.env);
    const now = ctx.clock.now();
    this.armedFor = null;
    const orgId = this.ctx.storage.kv.get<string>("orgId");
    const due = this.ctx.storage.sql
      .exec<{ kind: DueKind; due_at: number; attempts: number }>("select * from due_work where due_at <= ? order by due_at", now)
      .toArray();
    for (const work of due) {
      try {
        if (work.kind === "offline") this.markSilentOffline(now);
        if (work.kind === "snapshot" && orgId) {
          await takeRoomSnapshot(ctx, orgId, work.due_at, this.displays());
          this.setDue("snapshot", nextQuarterHour(now));
        }
        if (work.kind === "retention" && orgId) {
          await pruneSnapshots(ctx, orgId);
          this.setDue("retention", now + RETENTION_EVERY_MS);
        }
        if (!orgId && work.kind !== "offline") this.clearDue(work.kind);
      } catch (error) {
        // Alarms are at-least-once and every step is idempotent, so a failed step just waits.
        console.error(`room board ${work.kind} failed`, error);
        this.ctx.storage.sql.exec("update due_work set due_at = ?, attempts = attempts + 1 where kind = ?", now + RETRY_AFTER_MS, work.kind);
      }
    }
    await this.rearm(now, ctx.clock.offsetMs);
  }

  private markSilentOffline(now: number) {
    for (const record of this.displays()) {
      if (!record.online || !isStale(record, now)) continue;
      // An offline display's last occupancy is stale: it is reported as unknown (not occupied).
      this.ctx.storage.sql.exec("update displays set online = 0, occupied = 0 where id = ?", record.displayId);
      this.broadcast({ type: "display", display: this.publicFacts({ ...record, online: false, occupied: false }, now) });
    }
    const next = nextOfflineCheckAt(this.displays());
    if (next === null) this.clearDue("offline");
    else this.setDue("offline", next);
  }

  /** Loads once: heartbeats that arrive while the first load awaits D1 wait for that same load. */
  private async ensureLoaded(orgId: string) {
    if (this.ctx.storage.kv.get<string>("orgId") === orgId) return;
    this.loading ??= this.load(orgId).finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  /** Takes the organisation's displays from D1, keeping what is known live about each. */
  private async load(orgId: string) {
    const ctx = await createContext(this.env);
    const [rows, org] = await Promise.all([listDisplays(ctx.db, orgId), findOrgById(ctx.db, orgId)]);
    this.ctx.storage.transactionSync(() => {
      this.ctx.storage.kv.put("orgId", orgId);
      this.ctx.storage.kv.put("staleAfterMs", (org?.scheduleStaleMinutes ?? DEFAULT_STALE_MINUTES) * 60_000);
      const keep = new Set(rows.map((r) => r.id));
      for (const { id } of this.ctx.storage.sql.exec<{ id: string }>("select id from displays").toArray()) {
        if (!keep.has(id)) this.ctx.storage.sql.exec("delete from displays where id = ?", id);
      }
      for (const row of rows) {
        this.ctx.storage.sql.exec(
          `insert into displays (id, name, token_version) values (?, ?, ?)
           on conflict (id) do update set name = excluded.name, token_version = excluded.token_version`,
          row.id,
          row.name,
          row.tokenVersion,
        );
      }
    });
  }

  private display(id: string): DisplayRecord | undefined {
    return this.ctx.storage.sql.exec<RawDisplay>("select * from displays where id = ?", id).toArray().map(toRecord)[0];
  }

  private displays(): DisplayRecord[] {
    return this.ctx.storage.sql.exec<RawDisplay>("select * from displays order by name").toArray().map(toRecord);
  }

  /**
   * What finder pages may know of a display: online, occupied, and whether that occupancy comes
   * from a schedule recent enough to trust (`known`). Its health stays with the admin page.
   */
  private publicFacts(display: LiveDisplay & DisplayHealth, now: number) {
    const staleAfterMs = this.ctx.storage.kv.get<number>("staleAfterMs") ?? DEFAULT_STALE_MINUTES * 60_000;
    return { displayId: display.displayId, online: display.online, occupied: display.occupied, known: scheduleTrusted(display, now, staleAfterMs) };
  }

  /** Every display's public facts as of the application clock (a page's first message, or after an admin change). */
  private async publicStates() {
    const now = (await createContext(this.env)).clock.now();
    return this.displays().map((d) => this.publicFacts(d, now));
  }

  private broadcast(message: BoardMessage) {
    const text = JSON.stringify(message);
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(text);
      } catch {
        // A socket closing at this moment is not the board's problem.
      }
    }
  }

  private setDue(kind: DueKind, at: number) {
    this.ctx.storage.sql.exec(
      "insert into due_work (kind, due_at, attempts) values (?, ?, 0) on conflict (kind) do update set due_at = excluded.due_at, attempts = 0",
      kind,
      at,
    );
  }

  /** Moves the row earlier only (an offline check already due sooner stays). */
  private scheduleEarliest(kind: DueKind, at: number) {
    this.ctx.storage.sql.exec(
      "insert into due_work (kind, due_at) values (?, ?) on conflict (kind) do update set due_at = min(due_at, excluded.due_at)",
      kind,
      at,
    );
  }

  private ensureScheduled(kind: DueKind, at: number) {
    this.ctx.storage.sql.exec("insert into due_work (kind, due_at) values (?, ?) on conflict (kind) do nothing", kind, at);
  }

  private clearDue(kind: DueKind) {
    this.ctx.storage.sql.exec("delete from due_work where kind = ?", kind);
  }

  /** One alarm for the earliest due row; only touched when that moment changes (heartbeats are frequent). */
  private async rearm(now: number, offsetMs: number = now - Date.now()) {
    const next = this.ctx.storage.sql.exec<{ next: number | null }>("select min(due_at) as next from due_work").one().next;
    if (next === this.armedFor) return;
    this.armedFor = next;
    if (next === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(next - offsetMs);
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

function toRecord(row: RawDisplay): DisplayRecord {
  return {
    displayId: row.id,
    name: row.name,
    tokenVersion: row.token_version,
    lastSeenAt: row.last_seen,
    online: row.online === 1,
    occupied: row.occupied === 1,
    health: row.health,
    healthSince: row.health_since,
    lastOkAt: row.last_ok,
    incidentStart: row.incident_start,
    incidentNotified: row.incident_notified === 1,
  };
}
