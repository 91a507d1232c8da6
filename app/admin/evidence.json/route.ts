import { evidenceForExport, HOW_TO_VERIFY } from "../_lib/evidence-export";

export const dynamic = "force-dynamic";

// GET /admin/evidence.json – the complete log, its verdict, and how to check it offline.
export async function GET(request: Request) {
  const log = await evidenceForExport(request);
  if (log instanceof Response) return log;
  const body = { exportedAt: new Date().toISOString(), algorithm: HOW_TO_VERIFY, verdict: log.verdict, entries: log.entries };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="roomtrust-evidence.json"', "cache-control": "no-store" },
  });
}
