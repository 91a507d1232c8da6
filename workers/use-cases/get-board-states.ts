import type { CoreContext } from "../core/context";
import { orThrow } from "../errors";
import { roomBoard } from "../objects/room-board";

/** An organisation's live board as its RoomBoard holds it now, for the bench's "state afterwards exactly right" check. */
export async function getBoardStates(ctx: CoreContext, orgId: string) {
  return orThrow(await roomBoard(ctx.env, orgId).states({ orgId, now: ctx.clock.now() }));
}
