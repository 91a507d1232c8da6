import { evidenceForExport } from "../_lib/evidence-export";
import { evidenceCsv } from "../_lib/evidence-files";

export const dynamic = "force-dynamic";

// GET /admin/evidence.csv – the complete log, one entry per row.
export async function GET(request: Request) {
  const log = await evidenceForExport(request);
  if (log instanceof Response) return log;
  return new Response(evidenceCsv(log.entries), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="roomtrust-evidence.csv"', "cache-control": "no-store" },
  });
}
