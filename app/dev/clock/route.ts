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
