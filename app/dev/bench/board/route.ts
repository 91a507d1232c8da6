import { core, unwrap } from "../../../_lib/core";
import { json, jsonError } from "../../_json";

export const dynamic = "force-dynamic";

// GET /dev/bench/board?org=org_… – an organisation's live board (dev tools only).
export async function GET(request: Request) {
  try {
    return json(unwrap(await (await core()).dev().boardStates({ orgId: new URL(request.url).searchParams.get("org") ?? "" })));
  } catch (error) {
    return jsonError(error);
  }
}
