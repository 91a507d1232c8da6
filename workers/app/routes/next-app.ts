import type { Context } from "hono";
import openNext from "open-next-worker";
import { CoreError } from "@/app/_lib/core-result";
import { LANG_HEADER, PATH_HEADER } from "@/app/_lib/i18n/request-headers";
import { errorTable } from "@/workers/errors";
import type { AppBindings } from "../app-bindings";

/**
 * Everything the route table does not name: the Next.js app (admin screens, the tablet app),
 * rendered by OpenNext. Its answers go back through the same chain (headers, nonce). A document
 * request Next answers with a 404 or a 5xx gets the router's own 404 or 500 page instead, so
 * there is one of each; Next's own payloads for client-side navigation pass unchanged.
 */
export async function nextApp(c: Context<AppBindings>): Promise<Response> {
  const response = await openNext.fetch(forNext(c), c.env, c.executionCtx as ExecutionContext);
  if (response.status !== 404 && response.status < 500) return response;
  if (c.req.header("rsc") !== undefined || !response.headers.get("content-type")?.startsWith("text/html")) return response;
  // Read to the end (a small page): cancelling it mid-write makes OpenNext log an uncaught error.
  await response.arrayBuffer();
  if (response.status === 404) throw new CoreError("not_found", 404, [], errorTable.not_found.title);
  throw new Error(`Next.js answered ${c.req.method} ${c.req.path} with ${response.status}`);
}

/**
 * The request as Next.js should see it: the policy (Next takes the nonce for its scripts from it),
 * `x-nonce`, the language and path for the layout — set here, so a client cannot send its own —
 * and no forwarded host (Next would build absolute URLs from it). Only Next gets a copy: a copied
 * request whose body a handler leaves unread broke the keep-alive connection it came on (the next
 * request on it answered 503).
 */
function forNext(c: Context<AppBindings>): Request<unknown, IncomingRequestCfProperties> {
  const headers = new Headers(c.req.raw.headers);
  const url = new URL(c.req.url);
  url.searchParams.delete("lang");
  headers.set("content-security-policy", c.var.policy);
  headers.set("x-nonce", c.var.nonce);
  headers.set(LANG_HEADER, c.var.lang);
  headers.set(PATH_HEADER, url.pathname + url.search);
  headers.delete("x-forwarded-host");
  // A Request made from another keeps its cf properties; the type system cannot know that.
  return new Request(c.req.raw, { headers }) as unknown as Request<unknown, IncomingRequestCfProperties>;
}
