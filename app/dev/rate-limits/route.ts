import { core, unwrap } from "../../_lib/core";
import { json, jsonError } from "../_json";

export const dynamic = "force-dynamic";

// DELETE /dev/rate-limits – every rate limit starts afresh (dev tools only; the e2e suite's sign-ins).
export async function DELETE() {
  try {
    return json(unwrap(await (await core()).dev().forgetRateLimits()));
  } catch (error) {
    return jsonError(error);
  }
}
