import { core, unwrap } from "../../_lib/core";
import { json, jsonError } from "../_json";

export const dynamic = "force-dynamic";

// GET /dev/seed – 200 once the demo data is in place, 503 before (readiness for local runs).
export async function GET() {
  try {
    const { seeded } = unwrap(await (await core()).dev().seedStatus());
    return json({ seeded }, seeded ? 200 : 503);
  } catch (error) {
    return jsonError(error);
  }
}

// POST /dev/seed – add the demo vendor's subprocessors, admin and pending notice (once).
export async function POST() {
  try {
    return json(unwrap(await (await core()).dev().seedDemo()));
  } catch (error) {
    return jsonError(error);
  }
}
