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

/** After a heartbeat: its display's offline check (unless one is due sooner), and the periodic work if none is planned. */
export function scheduleAfterHeartbeat(schedule: DueWorkSchedule<BoardDueKind>, display: LiveDisplay, now: number): void {
  schedule.schedule("offline", nextOfflineCheckAt([display]) ?? now, "earlier");
  schedule.schedule("snapshot", nextQuarterHour(now), "keep");
  schedule.schedule("retention", now + RETENTION_EVERY_MS, "keep");
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
