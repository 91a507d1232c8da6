import { getRoomFinder } from "../use-cases/get-room-finder";
import { query, rpcArea } from "./procedure";
import { finderInput } from "./rooms.schema";

/** The room finder. Public here: access by the organisation's link key or a member's session is the use case's (authorize-finder.ts). */
export const FinderApi = rpcArea({
  rooms: query({ access: "public", input: finderInput, run: (ctx, input) => getRoomFinder(ctx, input) }),
});
