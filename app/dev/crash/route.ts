import { core, unwrap } from "../../_lib/core";
import { json, jsonError } from "../_json";

export const dynamic = "force-dynamic";

// POST /dev/crash {"noticeId": "ntc_…", "at": "d1_written"} – the notice's next transition dies at that step boundary.
export async function POST(request: Request) {
  try {
    const body: unknown = await request.json().catch(() => null);
    if (body === null) return json({ error: "validation_failed", message: 'Send JSON like {"noticeId": "ntc_…", "at": "d1_written"}.' }, 400);
    return json(unwrap(await (await core()).dev().crashNoticeClock(body)));
  } catch (error) {
    return jsonError(error);
  }
}
