import type { Context } from "hono";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { readLimited } from "@/app/_lib/form";
import { errorTable } from "@/workers/errors";
import type { AppBindings } from "../app-bindings";

// Dev tools, for scripts and tests: JSON in, JSON out, problem documents on error. The core
// refuses each of them unless DEV_TOOLS is on (and the router's exit then answers 404).

type DevContext = Context<AppBindings>;

function json(data: unknown, status: 200 | 503 = 200): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store" } });
}

/** A JSON body, or a 400 that shows what to send. */
async function jsonBody(c: DevContext, example: string): Promise<unknown> {
  const body: unknown = await c.req.raw.json().catch(() => null);
  if (body === null) throw new CoreError("validation_failed", 400, [], `Send JSON like ${example}.`);
  return body;
}

// GET /dev/clock – the application clock's offset from real time.
export async function devClock(c: DevContext) {
  return json(unwrap(await c.env.CORE.dev().clock()));
}

// POST /dev/clock {"advanceDays": n} – move the clock forward and run what fell due.
export async function advanceDevClock(c: DevContext) {
  return json(unwrap(await c.env.CORE.dev().advanceClock(await jsonBody(c, '{"advanceDays": 16}'))));
}

// POST /dev/crash {"noticeId": "ntc_…", "at": "d1_written"} – the notice's next transition dies at that step boundary.
export async function crashNoticeClock(c: DevContext) {
  return json(unwrap(await c.env.CORE.dev().crashNoticeClock(await jsonBody(c, '{"noticeId": "ntc_…", "at": "d1_written"}'))));
}

// GET /dev/seed – 200 once the demo data is in place, 503 before (readiness for local runs).
export async function seedStatus(c: DevContext) {
  const { seeded } = unwrap(await c.env.CORE.dev().seedStatus());
  return json({ seeded }, seeded ? 200 : 503);
}

// POST /dev/seed – add the demo vendor's subprocessors, admin and pending notice (once).
export async function seedDemo(c: DevContext) {
  return json(unwrap(await c.env.CORE.dev().seedDemo()));
}

// DELETE /dev/rate-limits – every rate limit starts afresh (the e2e suite's sign-ins).
export async function forgetRateLimits(c: DevContext) {
  return json(unwrap(await c.env.CORE.dev().forgetRateLimits()));
}

// POST /dev/bench – { subscribers, bigOrgRooms, heartbeatOrgs, … }: bench data and device tokens.
export async function seedBench(c: DevContext) {
  const body = new TextDecoder().decode(await readLimited(c.req.raw, "en", 4096));
  let input: unknown = {};
  try {
    if (body) input = JSON.parse(body);
  } catch {
    throw new CoreError("validation_failed", 400, [], "Send a JSON object.");
  }
  return json(unwrap(await c.env.CORE.dev().seedBench(input)));
}

// GET /dev/bench/board?org=org_… – an organisation's live board.
export async function benchBoard(c: DevContext) {
  return json(unwrap(await c.env.CORE.dev().boardStates({ orgId: c.req.query("org") ?? "" })));
}

// POST /dev/bench/publish – publish one notice to every confirmed subscriber.
export async function publishBenchNotice(c: DevContext) {
  return json(unwrap(await c.env.CORE.dev().publishBenchNotice()));
}

// GET /dev/fail – an unexpected error on purpose, so a test can see the 500 reveals nothing.
export function failOnPurpose(c: DevContext): never {
  if (!c.var.config.devTools) throw new CoreError("not_found", 404, [], errorTable.not_found.title);
  throw new Error("dev tools: an unexpected failure on purpose (secret-detail-7f3a)");
}
