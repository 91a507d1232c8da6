import { core, unwrap } from "../../_lib/core";
import { json, jsonError } from "../_json";

export const dynamic = "force-dynamic";

// GET /dev/clock – the application clock's offset from real time.
export async function GET() {
  try {
    return json(unwrap(await (await core()).dev().clock()));
  } catch (error) {
    return jsonError(error);
  }
}

// POST /dev/clock {"advanceDays": n} – move the clock forward and run what fell due.
export async function POST(request: Request) {
  try {
    const body: unknown = await request.json().catch(() => null);
    if (body === null) return json({ error: "validation_failed", message: 'Send JSON like {"advanceDays": 16}.' }, 400);
    return json(unwrap(await (await core()).dev().advanceClock(body)));
  } catch (error) {
    return jsonError(error);
  }
}
