import type { Context } from "hono";
import openNext from "open-next-worker";
import { CoreError } from "@/app/_lib/core-result";
import { errorTable } from "../../errors";
import type { AppBindings } from "../app-bindings";

/**
 * Everything the route table does not name: the Next.js app (admin screens, the tablet app),
 * rendered by OpenNext. Its answers go back through the same chain (headers, nonce). A document
 * request Next answers with a 404 or a 5xx gets the router's own 404 or 500 page instead, so
 * there is one of each; Next's own payloads for client-side navigation pass unchanged.
 */
export async function nextApp(c: Context<AppBindings>): Promise<Response> {
  // The request the chain rewrote is still the incoming one, cf properties included.
  const request = c.req.raw as Request<unknown, IncomingRequestCfProperties>;
  const response = await openNext.fetch(request, c.env, c.executionCtx as ExecutionContext);
  if (response.status !== 404 && response.status < 500) return response;
  if (c.req.header("rsc") !== undefined || !response.headers.get("content-type")?.startsWith("text/html")) return response;
  await response.body?.cancel();
  if (response.status === 404) throw new CoreError("not_found", 404, [], errorTable.not_found.title);
  throw new Error(`Next.js answered ${c.req.method} ${c.req.path} with ${response.status}`);
}
