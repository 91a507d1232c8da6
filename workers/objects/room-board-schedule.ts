import type { CoreContext } from "../core/context";
import { applySilence, isStale, nextBoardCheckAt, nextOfflineCheckAt, nextQuarterHour, RETENTION_EVERY_MS, type LiveDisplay } from "../domain/room-board";
import { notifyCalendarHealth } from "../use-cases/notify-calendar-health";
import { pruneSnapshots } from "../use-cases/prune-snapshots";
import { takeRoomSnapshot } from "../use-cases/take-room-snapshot";
import type { DueWork, DueWorkSchedule } from "./due-work";
import type { BoardSockets } from "./room-board-sockets";
import type { BoardState } from "./room-board-state";

/**
 * The RoomBoard's three kinds of due work: `offline` looks at silent displays (offline after
 * three minutes, a silent incident announced at ten), `snapshot` writes the quarter hour's rows,
 * `retention` prunes old snapshots.
 */
export type BoardDueKind = "offline" | "snapshot" | "retention";

export function parseBoardDueKind(kind: string): BoardDueKind | null {
  return kind === "offline" || kind === "snapshot" || kind === "retention" ? kind : null;
}

/**
 * What a heartbeat adds to the due work, remembered between heartbeats so that most write none: the
 * silence check is one sweep of every display (checkSilentDisplays), due when the longest-silent
 * one turns three minutes silent, so a display that just reported needs it moved only when it is
 * due later than this display could go silent, which is rare (the first report after a quiet spell).
 * The periodic rows plan their own next time once there. What it remembers is forgotten when the
 * alarm has run (its steps move rows); a new instance after eviction reads the table once.
 */
export class HeartbeatPlan {
  /** The offline sweep's due time as last read or written; undefined: not known. */
  private offlineDueAt: number | null | undefined;
  private periodicPlanned = false;

  constructor(private readonly schedule: DueWorkSchedule<BoardDueKind>) {}

  /** Plans what `display`'s report needs; returns the rows it wrote (0 when the plan already covers it). */
  afterHeartbeat(display: LiveDisplay, now: number): number {
    let written = 0;
    const silentAt = nextOfflineCheckAt([display]) ?? now;
    if (this.offlineDueAt === undefined) this.offlineDueAt = this.schedule.dueAtOf("offline");
    if (this.offlineDueAt === null || this.offlineDueAt > silentAt) {
      written += this.schedule.schedule("offline", silentAt, "earlier");
      this.offlineDueAt = silentAt;
    }
    if (!this.periodicPlanned) {
      written += this.schedule.schedule("snapshot", nextQuarterHour(now), "keep");
      written += this.schedule.schedule("retention", now + RETENTION_EVERY_MS, "keep");
      this.periodicPlanned = true;
    }
    return written;
  }

  forget(): void {
    this.offlineDueAt = undefined;
    this.periodicPlanned = false;
  }
}

interface Board {
  state: BoardState;
  sockets: BoardSockets;
  schedule: DueWorkSchedule<BoardDueKind>;
}

/** Runs one due row; each step schedules its own next time, and is idempotent (alarms are at-least-once). */
export async function runBoardStep(ctx: CoreContext, board: Board, work: DueWork<BoardDueKind>): Promise<void> {
  const orgId = board.state.orgId();
  // A board never loaded has no organisation to snapshot or prune for: the row is simply done.
  if (!orgId) return;
  const now = ctx.clock.now();
  if (work.kind === "offline") return checkSilentDisplays(ctx, board, orgId, now);
  if (work.kind === "snapshot") {
    await takeRoomSnapshot(ctx, orgId, work.dueAt, board.state.displays());
    board.schedule.schedule("snapshot", nextQuarterHour(now));
  } else {
    await pruneSnapshots(ctx, orgId);
    board.schedule.schedule("retention", now + RETENTION_EVERY_MS);
  }
}

/**
 * Marks displays silent for three minutes offline (telling open pages), then announces the
 * incidents of silent displays that turned ten minutes old. Each email is owed before the board
 * records it as told: a failure leaves this row to be retried, and owes it again under the same
 * key. Only then is the next check scheduled, so a failed run keeps its backoff.
 */
async function checkSilentDisplays(ctx: CoreContext, { state, sockets, schedule }: Board, orgId: string, now: number): Promise<void> {
  for (const record of state.displays()) {
    if (!record.online || !isStale(record, now)) continue;
    // An offline display's last occupancy is stale: it is reported as unknown (not occupied).
    const offline = { ...record, online: false, occupied: false };
    state.writeLive(record.displayId, offline, record);
    sockets.broadcast({ type: "display", display: state.publicFacts(offline, now) });
  }
  for (const record of state.displays()) {
    if (record.online) continue;
    const silence = applySilence(record, now);
    if (silence.effects.length === 0) continue;
    for (const effect of silence.effects) await notifyCalendarHealth(ctx, { orgId, displayId: record.displayId, effect });
    state.writeLive(record.displayId, record, silence.next);
  }
  const next = nextBoardCheckAt(state.displays());
  if (next === null) schedule.cancel("offline");
  else schedule.schedule("offline", next);
}
