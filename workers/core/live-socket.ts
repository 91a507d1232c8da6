import { z } from "zod";
import { AppError, toResult } from "../errors";
import { roomBoard } from "../objects/room-board";
import { authorizeFinder } from "../use-cases/authorize-finder";
import { createContext } from "./context";

const liveQuery = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,64}$/),
  key: z.string().max(64).optional(),
});

/**
 * GET /live/{slug}?key=… with `Upgrade: websocket`, forwarded by the app worker with the
 * visitor's session token in `x-roomtrust-session`. Checks access exactly like the finder page,
 * then hands the socket to the organisation's RoomBoard. A refusal is the same Result an RPC
 * call gives, as JSON, so the app worker answers it through its one error exit.
 */
export async function openLiveSocket(request: Request, env: CoreEnv): Promise<Response> {
  const answer = await toResult(async () => {
    const url = new URL(request.url);
    const match = /^\/live\/([^/]+)$/.exec(url.pathname);
    if (!match) throw new AppError("not_found");
    if (request.headers.get("upgrade") !== "websocket") throw new AppError("websocket_expected");
    const query = liveQuery.parse({ slug: match[1], key: url.searchParams.get("key") ?? undefined });
    const ctx = await createContext(env);
    const { org, via } = await authorizeFinder(ctx, { ...query, sessionToken: request.headers.get("x-roomtrust-session") ?? undefined });
    return roomBoard(env, org.id).fetch(`https://board/socket?org=${encodeURIComponent(org.id)}&via=${via}`, { headers: { upgrade: "websocket" } });
  });
  return answer.ok ? answer.data : Response.json(answer, { status: answer.error.status });
}
