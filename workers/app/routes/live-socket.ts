import type { Context } from "hono";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { translator } from "@/i18n/translate";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { errorTable, type Result } from "@/workers/errors";
import type { AppBindings } from "../app-bindings";

/**
 * GET /rooms/{org}/live with `Upgrade: websocket`: forwarded to the core worker (which checks the
 * link key or the visitor's session, then hands the socket to the organisation's RoomBoard).
 * Only the path, the key and the session token travel on; no other header is passed through.
 * Browsers always send Origin on a WebSocket handshake: one from another site is refused, so no
 * page elsewhere can open a socket with a visitor's session cookie. A client that sends no Origin
 * is not a browser page: it may use a link key, but no cookie of ours is forwarded for it.
 * Refusals, ours and the core's, leave through the one error exit as problem documents.
 */
export async function forwardLiveSocket(c: Context<AppBindings>): Promise<Response> {
  const request = c.req.raw;
  const refuse = (code: "websocket_expected" | "cross_site_socket") => new CoreError(code, errorTable[code].status, [], translator(c.var.lang, "errors")(code));
  if (request.headers.get("upgrade") !== "websocket") throw refuse("websocket_expected");
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== c.var.config.origin.origin) throw refuse("cross_site_socket");
  const url = new URL(request.url);
  const slug = url.pathname.split("/")[2] ?? "";
  const target = new URL(`https://core/live/${slug}`);
  const key = url.searchParams.get("key");
  if (key) target.searchParams.set("key", key);
  const headers = new Headers({ upgrade: "websocket" });
  const session = origin === null ? undefined : sessionTokenOf(request);
  if (session) headers.set("x-roomtrust-session", session);
  const answer = await c.env.CORE.fetch(target, { headers });
  if (answer.status === 101) return answer;
  unwrap((await answer.json()) as Result<never>);
  throw new Error(`the core answered a live connection with ${answer.status} and no error`);
}
