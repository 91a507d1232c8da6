import { core, unwrap } from "../../_lib/core";
import { jsonError } from "../_json";

export const dynamic = "force-dynamic";

// GET /dev/outbox.json – every message in the local outbox, newest first (for tests and scripts).
export async function GET() {
  try {
    const messages = unwrap(await (await core()).outbox().list({}));
    return Response.json(
      messages.map(({ id, to, subject, html, text, headers, sentAt }) => ({ id, to, subject, html, text, headers, sentAt })),
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    return jsonError(error);
  }
}
