import type { CoreContext } from "../core/context";
import { roomBoard, type BoardHeartbeat } from "./room-board";

/**
 * Sends one display's report to its organisation's board, in a call of its own made from its own
 * request. Reports of different requests are not batched in the core (ADR 025): handing one
 * request's answer to another crosses workerd's request contexts, which failed under load.
 */
export function sendHeartbeat(ctx: CoreContext, input: BoardHeartbeat) {
  return roomBoard(ctx.env, input.orgId).heartbeat(input);
}
