import type { Context } from "hono";
import { CoreError, clientAddress, unwrap } from "@/app/_lib/core-result";
import { errorTable } from "@/workers/errors";
import { readLimited } from "@/workers/http/read-limited";
import type { AppBindings } from "../app-bindings";
import { heartbeatBody, MAX_DEVICE_BODY_BYTES, pairBody } from "../device-api.schema";

type DeviceContext = Context<AppBindings>;

// The tablets' JSON API: same-origin, bearer device token, JSON bodies of at most 1 KB. Its
// errors are problem documents (the router marks /api/* so); answers are never cached.

// POST /api/display/pair – a pairing code for a device token.
export async function pairDisplay(c: DeviceContext) {
  const body = pairBody.parse(await readJson(c.req.raw));
  return uncachedJson(unwrap(await c.env.CORE.displays().pair({ code: body.code, client: clientAddress(c.req.raw) })));
}

// GET /api/display/config – the display's configuration (device token).
export async function displayConfig(c: DeviceContext) {
  return uncachedJson(unwrap(await c.env.CORE.displays().config({ deviceToken: bearer(c.req.raw) })));
}

// POST /api/display/heartbeat – { occupied, calendarHealth } (device token).
export async function heartbeat(c: DeviceContext) {
  const deviceToken = bearer(c.req.raw);
  const body = heartbeatBody.parse(await readJson(c.req.raw));
  return uncachedJson(unwrap(await c.env.CORE.displays().heartbeat({ deviceToken, occupied: body.occupied, calendarHealth: body.calendarHealth })));
}

/** A known address asked with the wrong method: say which one it takes. */
export function useMethod(method: "GET" | "POST") {
  return () => {
    throw new CoreError("method_not_allowed", 405, [], `Use ${method}.`, { allow: method });
  };
}

function bearer(request: Request): string {
  const match = /^Bearer (\S{1,4096})$/.exec(request.headers.get("authorization") ?? "");
  if (!match?.[1]) throw new CoreError("device_unauthorized", 401, [], "This display is not paired: send its device token as `Authorization: Bearer …`.");
  return match[1];
}

/** Reads at most MAX_DEVICE_BODY_BYTES, whatever Content-Length claims, then parses JSON. */
async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json(;|$)/i.test(type)) throw new CoreError("unsupported_media_type", 415, [], "Send JSON with Content-Type: application/json.");
  const bytes = await readLimited(request, MAX_DEVICE_BODY_BYTES);
  if (bytes === null) throw new CoreError("body_too_large", 413, [], `The body is larger than ${MAX_DEVICE_BODY_BYTES} bytes.`);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new CoreError("validation_failed", 400, [{ path: "body", code: "invalid_json", message: "The body is not valid UTF-8 JSON." }], errorTable.validation_failed.title);
  }
}

function uncachedJson(data: unknown): Response {
  return Response.json(data, { headers: { "cache-control": "no-store" } });
}
