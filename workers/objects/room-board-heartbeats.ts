import type { CoreContext } from "../core/context";
import { HeartbeatLines } from "./heartbeat-lines";
import { roomBoard, type BoardHeartbeat } from "./room-board";

/** The most reports one call to a board carries. */
export const MAX_BATCH = 32;

/** A call to a board not back after 10 s is not waited for (a board answers a batch in milliseconds). */
const STALE_CALL_MS = 10_000;

// Per isolate, so per core instance: only reports that reach the same instance share a call.
const lines = new HeartbeatLines({ maxBatch: MAX_BATCH, staleMs: STALE_CALL_MS, now: () => Date.now() });

/** Sends one display's report to its organisation's board, batched with the reports of the same organisation that arrive meanwhile. */
export function sendHeartbeat(ctx: CoreContext, input: BoardHeartbeat) {
  return lines.send(input, {
    call: (inputs) => roomBoard(ctx.env, input.orgId).heartbeats(inputs),
    keepAlive: (call) => ctx.afterAnswer("board call", () => call),
  });
}
