import { core, unwrap } from "../../../_lib/core";
import { json, jsonError } from "../../_json";

export const dynamic = "force-dynamic";

// POST /dev/bench/publish – publish one notice to every confirmed subscriber (dev tools only).
export async function POST() {
  try {
    return json(unwrap(await (await core()).dev().publishBenchNotice()));
  } catch (error) {
    return jsonError(error);
  }
}
