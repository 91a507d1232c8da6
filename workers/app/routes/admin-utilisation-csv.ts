import type { Context } from "hono";
import { unwrap } from "@/app/_lib/core-result";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { utilisationCsv } from "@/app/admin/rooms/analytics/_lib/utilisation-csv";
import type { AppBindings } from "../app-bindings";
import { signInWhenNeeded } from "./admin-action";

// GET /admin/rooms/analytics.csv?days=28 – one row per room, 168 hour-of-week columns.
export async function utilisationCsvExport(c: Context<AppBindings>) {
  signInWhenNeeded(c, `/admin/rooms/analytics?lang=${c.var.lang}`);
  const days = Number(c.req.query("days") ?? 28);
  const data = unwrap(await c.env.CORE.rooms().utilisation({ sessionToken: sessionTokenOf(c.req.raw), days: Number.isInteger(days) ? days : 28 }));
  return new Response(utilisationCsv(data), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="roomtrust-utilisation-${days}d.csv"`,
      "cache-control": "no-store",
    },
  });
}
