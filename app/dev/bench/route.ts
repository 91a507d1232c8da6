import { core, unwrap } from "../../_lib/core";
import { readLimited } from "../../_lib/form";
import { json, jsonError } from "../_json";

export const dynamic = "force-dynamic";

// POST /dev/bench – { subscribers, bigOrgRooms, heartbeatOrgs, … }: bench data and device tokens (dev tools only).
export async function POST(request: Request) {
  try {
    const body = new TextDecoder().decode(await readLimited(request, "en", 4096));
    return json(unwrap(await (await core()).dev().seedBench(body ? JSON.parse(body) : {})));
  } catch (error) {
    if (error instanceof SyntaxError) return json({ error: "validation_failed", message: "Send a JSON object." }, 400);
    return jsonError(error);
  }
}
