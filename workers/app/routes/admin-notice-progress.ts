import type { Context } from "hono";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { errorTable } from "@/workers/errors";
import type { AppBindings } from "../app-bindings";

// GET /admin/notices/{id}/progress.json – how many of the notice's emails are sent, pending and
// failed, for the notice page's delivery progress to poll while a fan-out runs.
export async function noticeDeliveryProgress(c: Context<AppBindings>) {
  const sessionToken = sessionTokenOf(c.req.raw);
  if (!sessionToken) throw new CoreError("unauthenticated", errorTable.unauthenticated.status, [], errorTable.unauthenticated.title);
  const counts = unwrap(await c.env.CORE.notices().deliveryProgress({ sessionToken, noticeId: c.req.param("id")! }));
  return c.json(counts, 200, { "cache-control": "no-store" });
}
