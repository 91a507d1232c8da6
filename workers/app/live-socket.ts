import { sessionTokenOf } from "../../app/_lib/session-cookie";

/**
 * GET /rooms/{org}/live with `Upgrade: websocket`: forwarded to the core worker (which checks the
 * link key or the visitor's session, then hands the socket to the organisation's RoomBoard).
 * Only the path, the key and the session token travel on; no other header is passed through.
 */
export async function forwardLiveSocket(request: Request, env: AppEnv): Promise<Response> {
  if (request.headers.get("upgrade") !== "websocket") return new Response("Expected a WebSocket.", { status: 426 });
  const url = new URL(request.url);
  const slug = url.pathname.split("/")[2] ?? "";
  const target = new URL(`https://core/live/${slug}`);
  const key = url.searchParams.get("key");
  if (key) target.searchParams.set("key", key);
  const headers = new Headers({ upgrade: "websocket" });
  const session = sessionTokenOf(request);
  if (session) headers.set("x-roomtrust-session", session);
  return env.CORE.fetch(target, { headers });
}
