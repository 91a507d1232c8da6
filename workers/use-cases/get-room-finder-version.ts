import type { CoreContext } from "../core/context";
import { orThrow } from "../errors";
import { roomBoard } from "../objects/room-board";
import { authorizeFinder } from "./authorize-finder";

/**
 * A version of an organisation's room finder for caching its page, behind the same access check as
 * the finder itself: the board's version (every change its pages are told of) with the organisation
 * as the page names it, good for `freshForMs` (until a room's schedule grows too old to trust).
 */
export async function getRoomFinderVersion(ctx: CoreContext, input: { slug: string; key?: string; sessionToken?: string }) {
  const { org, via } = await authorizeFinder(ctx, input);
  const now = ctx.clock.now();
  const board = orThrow(await roomBoard(ctx.env, org.id).finderVersion({ orgId: org.id, now }));
  return {
    version: [org.id, org.name, org.lang, via, board.version, board.changesAt ?? "-"].join("\u0000"),
    freshForMs: board.changesAt === null ? null : board.changesAt - now,
  };
}
