import { evidenceForExport } from "../_lib/evidence-export";
import { evidenceJson } from "../_lib/evidence-files";

export const dynamic = "force-dynamic";

// GET /admin/evidence.json – the complete log, its verdict, and how to check it offline.
export async function GET(request: Request) {
  const log = await evidenceForExport(request);
  if (log instanceof Response) return log;
  return new Response(evidenceJson(log, new Date()), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="roomtrust-evidence.json"', "cache-control": "no-store" },
  });
}
