import { DurableObject } from "cloudflare:workers";
import { findOrgById, listDisplays } from "@/db/queries/rooms";
import { createContext } from "../core/context";
import { applyHealth, applyHeartbeat, nextTrustChangeAt, type CalendarHealth } from "../domain/room-board";
import { AppError, toResult, type Result } from "../errors";
import { notifyCalendarHealth } from "../use-cases/notify-calendar-health";
import { DueWorkSchedule } from "./due-work";
import { HeartbeatPlan, parseBoardDueKind, runBoardStep, type BoardDueKind } from "./room-board-schedule";
import { BoardSockets } from "./room-board-sockets";
import { BoardState } from "./room-board-state";

/** A display's report as the core sends it on: its token already verified, `now` the application clock. */
export interface BoardHeartbeat {
  orgId: string;
  displayId: string;
  tokenVersion: number;
  occupied: boolean;
  calendarHealth?: CalendarHealth;
  now: number;
}

interface BoardHeartbeatAnswer {
  online: true;
  occupied: boolean;
  changed: boolean;
}

/** The Durable Object that holds one organisation's live room state; its name is the org id. */
export function roomBoard(env: CoreEnv, orgId: string) {
  return env.ROOM_BOARD.get(env.ROOM_BOARD.idFromName(orgId));
}

/**
 * One per organisation: every heartbeat of its displays lands here, one at a time, so the state
 * is always the last report of each display. Wires three parts: its state in SQLite storage (it
 * survives eviction), the room-finder pages' hibernatable WebSockets, and one alarm for its due
 * work (offline checks, 15-minute snapshots, snapshot retention).
 */
export class RoomBoard extends DurableObject<CoreEnv> {
  private readonly state: BoardState;
  private readonly sockets: BoardSockets;
  private readonly schedule: DueWorkSchedule<BoardDueKind>;
  private readonly plan: HeartbeatPlan;
  /** Rows the last heartbeat wrote to storage (its display's, and any due work), for diagnostics. */
  private lastHeartbeatWrites = 0;
  private loading: Promise<void> | null = null;

  constructor(ctx: DurableObjectState, env: CoreEnv) {
    super(ctx, env);
    this.state = new BoardState(ctx.storage);
    this.sockets = new BoardSockets(ctx);
    this.schedule = new DueWorkSchedule(ctx.storage, parseBoardDueKind);
    this.plan = new HeartbeatPlan(this.schedule);
  }

  /**
   * One display's report, one call each (ADR 025: the core no longer batches reports of different
   * requests). The alarm is re-armed after it; if that fails, the report is not confirmed.
   */
  async heartbeat(input: BoardHeartbeat): Promise<Result<BoardHeartbeatAnswer>> {
    this.lastHeartbeatWrites = 0;
    const answer = await toResult(async () => {
      const { answer, writes } = await this.applyReport(input);
      this.lastHeartbeatWrites = writes;
      return answer;
    });
    if (!answer.ok) return answer;
    // The caller's clock reading gives the offset without a D1 read on every heartbeat. Re-arming
    // writes only when the moment moved (new due work, or the dev clock moved).
    const offsetMs = input.now - Date.now();
    const rearmed = await toResult(() => this.schedule.rearm({ offsetMs, toRealTime: (appTime) => appTime - offsetMs }));
    return rearmed.ok ? answer : rearmed;
  }

  /**
   * A display's report. The caller has verified the device token's signature; the version it
   * carries must still be the display's current one here (unpairing bumps it), and the display
   * must belong to this organisation.
   */
  private async applyReport(input: BoardHeartbeat): Promise<{ answer: BoardHeartbeatAnswer; writes: number }> {
    await this.ensureLoaded(input.orgId);
    const record = this.state.display(input.displayId);
    if (!record || record.tokenVersion !== input.tokenVersion) throw new AppError("device_unauthorized");
    const { next } = applyHeartbeat(record, input.occupied, input.now);
    const health = applyHealth(record, input.calendarHealth, input.now);
    // Owed before it is recorded as told: a failure here leaves the incident unannounced, and
    // the next heartbeat owes it again under the same key.
    for (const effect of health.effects) await notifyCalendarHealth(await createContext(this.env), { orgId: input.orgId, displayId: input.displayId, effect });
    let writes = this.state.recordHeartbeat(input.displayId, next, health.next);
    const before = this.state.publicFacts(record, input.now);
    const after = this.state.publicFacts({ ...record, ...health.next, ...next }, input.now);
    const changed = before.online !== after.online || before.occupied !== after.occupied || before.known !== after.known;
    if (changed) this.sockets.broadcast({ type: "display", display: after });
    writes += this.plan.afterHeartbeat(next, input.now);
    return { answer: { online: true, occupied: next.occupied, changed }, writes };
  }

  /**
   * Re-reads the organisation's displays from D1 after an admin change (added, renamed, removed,
   * unpaired). A removed or unpaired display leaves the board at once: open pages are told it is
   * offline before they get the new state, so none keeps showing it as free.
   */
  async sync(input: { orgId: string }) {
    return toResult(async () => {
      const { removed, unpaired } = await this.load(input.orgId);
      for (const displayId of [...removed, ...unpaired]) this.sockets.broadcast({ type: "display", display: { displayId, online: false, occupied: false, known: true } });
      this.sockets.broadcast({ type: "state", displays: await this.publicStates() });
      return { displays: this.state.displays().length };
    });
  }

  /** Every display's live facts, for the room finder's server-rendered list; with its calendar health, for the admin page. */
  async states(input: { orgId: string; now?: number }) {
    return toResult(async () => {
      await this.ensureLoaded(input.orgId);
      const now = input.now ?? (await createContext(this.env)).clock.now();
      return this.state.displays().map((d) => ({ ...this.state.publicFacts(d, now), health: d.health, healthSince: d.healthSince }));
    });
  }

  /**
   * What the finder shows changes only at a new version, or at `changesAt` (application time) when
   * a room's schedule grows too old to trust: the finder page's render cache.
   */
  async finderVersion(input: { orgId: string; now: number }) {
    return toResult(async () => {
      await this.ensureLoaded(input.orgId);
      return { version: this.sockets.version(), changesAt: nextTrustChangeAt(this.state.displays(), input.now, this.state.staleAfterMs()) };
    });
  }

  /**
   * The room-finder link was replaced: every page that opened its socket with a link key closes
   * now (4403), rather than showing rooms to whoever still holds the old link. Pages opened by a
   * signed-in member keep theirs.
   */
  async closeLinkSockets() {
    return toResult(async () => ({ closed: this.sockets.closeLinkSockets() }));
  }

  /** Due work and the armed alarm, for tests and diagnostics. */
  async diagnostics() {
    return {
      due: this.schedule.due().map((work) => ({ kind: work.kind, due_at: work.dueAt, attempts: work.attempts })),
      alarm: await this.ctx.storage.getAlarm(),
      sockets: this.sockets.count(),
      lastHeartbeatWrites: this.lastHeartbeatWrites,
    };
  }

  /**
   * The one HTTP door: a room-finder page's WebSocket. Access was checked by the core worker
   * before forwarding (WebSockets cannot cross RPC, so this is the exception to "RPC only").
   */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade") !== "websocket") return new Response("Expected a WebSocket.", { status: 426 });
    const url = new URL(request.url);
    await this.ensureLoaded(url.searchParams.get("org") ?? "");
    const { 0: client, 1: server } = new WebSocketPair();
    this.sockets.accept(server, url.searchParams.get("via") === "key", { type: "state", displays: await this.publicStates() });
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
    this.schedule.alarmFired();
    const ctx = await createContext(this.env);
    const board = { state: this.state, sockets: this.sockets, schedule: this.schedule };
    await this.schedule.runDue(() => ctx.clock.now(), (work) => runBoardStep(ctx, board, work), "room board");
    this.plan.forget();
    await this.schedule.rearm(ctx.clock);
  }

  /** Loads once: heartbeats that arrive while the first load awaits D1 wait for that same load. */
  private async ensureLoaded(orgId: string) {
    if (this.state.orgId() === orgId) return;
    this.loading ??= this.load(orgId)
      .then(() => undefined)
      .finally(() => {
        this.loading = null;
      });
    await this.loading;
  }

  /** Takes the organisation's displays from D1, keeping what is known live about each. */
  private async load(orgId: string) {
    const ctx = await createContext(this.env);
    const [rows, org] = await Promise.all([listDisplays(ctx.db, orgId), findOrgById(ctx.db, orgId)]);
    return this.state.replace(orgId, org?.scheduleStaleMinutes, rows);
  }

  /** Every display's public facts as of the application clock (a page's first message, or after an admin change). */
  private async publicStates() {
    const now = (await createContext(this.env)).clock.now();
    return this.state.displays().map((d) => this.state.publicFacts(d, now));
  }
}
