import { getRoomFinder } from "../use-cases/get-room-finder";
import { getRoomFinderVersion } from "../use-cases/get-room-finder-version";
import { query, rpcArea } from "./procedure";
import { pageVersionOutput } from "./portal-output.schema";
import { finderOutput } from "./rooms-output.schema";
import { finderAccessInput, finderInput } from "./rooms.schema";

/** The room finder. Public here: access by the organisation's link key or a member's session is the use case's (authorize-finder.ts). */
export const FinderApi = rpcArea({
  rooms: query({ access: "public", input: finderInput, output: finderOutput, run: (ctx, input) => getRoomFinder(ctx, input) }),
  /** A version that changes whenever the finder's page would (the page's render cache); the same access as `rooms`. */
  version: query({ access: "public", input: finderAccessInput, output: pageVersionOutput, run: (ctx, input) => getRoomFinderVersion(ctx, input) }),
});
