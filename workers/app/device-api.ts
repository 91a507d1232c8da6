import { z } from "zod";
import type { ErrorCode, Result } from "../errors";
import { readLimited } from "../http/read-limited";
import { heartbeatBody, MAX_DEVICE_BODY_BYTES, pairBody } from "./device-api.schema";

type Handler = (request: Request, env: Pick<AppEnv, "CORE">) => Promise<Response>;

const routes: Record<string, { method: string; handle: Handler }> = {
  // POST /api/display/pair – a pairing code for a device token.
  "/api/display/pair": {
    method: "POST",
    handle: async (request, env) => {
      const body = pairBody.parse(await readJson(request));
      return answer(await env.CORE.displays().pair({ code: body.code, client: request.headers.get("cf-connecting-ip") ?? "local" }));
    },
  },
  // GET /api/display/config – the display's configuration (device token).
  "/api/display/config": {
    method: "GET",
    handle: async (request, env) => answer(await env.CORE.displays().config({ deviceToken: bearer(request) })),
  },
  // POST /api/display/heartbeat – { occupied, calendarHealth } (device token).
  "/api/display/heartbeat": {
    method: "POST",
    handle: async (request, env) => {
      const deviceToken = bearer(request);
      const body = heartbeatBody.parse(await readJson(request));
      return answer(await env.CORE.displays().heartbeat({ deviceToken, occupied: body.occupied, calendarHealth: body.calendarHealth }));
    },
  },
};

/** The tablets' JSON API: same-origin, bearer device token, JSON bodies of at most 1 KB. */
export async function handleDeviceApi(request: Request, env: Pick<AppEnv, "CORE">): Promise<Response> {
  const route = routes[new URL(request.url).pathname];
  if (!route) return problem(404, "not_found", "Not found.");
  if (request.method !== route.method) return problem(405, "method_not_allowed", `Use ${route.method}.`, { allow: route.method });
  try {
    return await route.handle(request, env);
  } catch (error) {
    if (error instanceof DeviceRequestError) return problem(error.status, error.code, error.message);
    if (error instanceof z.ZodError) return problem(400, "validation_failed", error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join(" "));
    console.error("device api failed", error);
    return problem(500, "internal", "Something went wrong on our side. Nothing was saved; the display will try again.");
  }
}

class DeviceRequestError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function bearer(request: Request): string {
  const match = /^Bearer (\S{1,4096})$/.exec(request.headers.get("authorization") ?? "");
  if (!match?.[1]) throw new DeviceRequestError(401, "device_unauthorized", "This display is not paired: send its device token as `Authorization: Bearer …`.");
  return match[1];
}

/** Reads at most MAX_DEVICE_BODY_BYTES, whatever Content-Length claims, then parses JSON. */
async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json(;|$)/i.test(type)) throw new DeviceRequestError(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.");
  const bytes = await readLimited(request, MAX_DEVICE_BODY_BYTES);
  if (bytes === null) throw tooLarge();
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new DeviceRequestError(400, "invalid_json", "The body is not valid UTF-8 JSON.");
  }
}

function tooLarge() {
  return new DeviceRequestError(413, "body_too_large", `The body is larger than ${MAX_DEVICE_BODY_BYTES} bytes.`);
}

/** Answered before Next.js, so next.config.ts's headers never reach these: set here. */
const API_HEADERS = { "cache-control": "no-store", "x-content-type-options": "nosniff" };

function answer<T>(result: Result<T>): Response {
  if (result.ok) return Response.json(result.data, { headers: API_HEADERS });
  return problem(result.error.status, result.error.code, result.error.message);
}

function problem(status: number, code: ErrorCode | string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { ...API_HEADERS, ...headers } });
}
