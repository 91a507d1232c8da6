import type { Context } from "hono";
import { unwrap } from "@/app/_lib/core-result";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { evidenceCsv, evidenceJson } from "@/app/admin/_lib/evidence-files";
import type { AppBindings } from "../app-bindings";
import { signInWhenNeeded } from "./admin-action";

/** The whole log, for the vendor's admin (the core checks the role). */
async function evidenceLog(c: Context<AppBindings>) {
  signInWhenNeeded(c, `/admin/evidence?lang=${c.var.lang}`);
  return unwrap(await c.env.CORE.admin().evidence({ sessionToken: sessionTokenOf(c.req.raw) }));
}

// GET /admin/evidence.csv – the complete log, one entry per row.
export async function evidenceCsvExport(c: Context<AppBindings>) {
  const log = await evidenceLog(c);
  return new Response(evidenceCsv(log.entries), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="roomtrust-evidence.csv"', "cache-control": "no-store" },
  });
}

// GET /admin/evidence.json – the complete log, its verdict, and how to check it offline.
export async function evidenceJsonExport(c: Context<AppBindings>) {
  const log = await evidenceLog(c);
  return new Response(evidenceJson(log, new Date()), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="roomtrust-evidence.json"', "cache-control": "no-store" },
  });
}
