import * as z from "zod/mini";
import type { CalendarHealth } from "./calendar-health";
import { displayConfigSchema } from "./device-storage";

/** Calls to our origin. The tablet sends a pairing code once, then only its token and `{ occupied, calendarHealth }`. */

export class DeviceApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

async function call<T>(path: string, init: RequestInit, schema: z.ZodMiniType<T>): Promise<T> {
  const response = await fetch(path, { ...init, cache: "no-store", credentials: "omit" });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBody.safeParse(body);
    throw new DeviceApiError(response.status, parsed.success ? parsed.data.error.code : "http", parsed.success ? parsed.data.error.message : `HTTP ${response.status}`);
  }
  return schema.parse(body);
}

export function pair(code: string) {
  return call("/api/display/pair", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code }) }, z.object({ deviceToken: z.string() }));
}

export function fetchConfig(deviceToken: string) {
  return call("/api/display/config", { headers: { authorization: `Bearer ${deviceToken}` } }, z.extend(displayConfigSchema, { renewedToken: z.nullable(z.string()) }));
}

/** The heartbeat: exactly `{ occupied, calendarHealth }`, nothing about any meeting. */
export function sendHeartbeat(deviceToken: string, occupied: boolean, calendarHealth: CalendarHealth) {
  return call(
    "/api/display/heartbeat",
    { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${deviceToken}` }, body: JSON.stringify({ occupied, calendarHealth }) },
    z.object({ online: z.boolean(), occupied: z.boolean() }),
  );
}
