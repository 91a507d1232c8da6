import { toCsv } from "../../subprocessors/_feeds/csv";
import { evidenceForExport } from "../_lib/evidence-export";

export const dynamic = "force-dynamic";

// GET /admin/evidence.csv – the complete log, one entry per row.
export async function GET(request: Request) {
  const log = await evidenceForExport(request);
  if (log instanceof Response) return log;
  const header = ["seq", "at", "kind", "ref", "actor", "payload", "prev_hash", "hash"];
  const rows = log.entries.map((e) => [String(e.seq), new Date(e.at).toISOString(), e.kind, e.ref, e.actor, e.payload, e.prevHash, e.hash]);
  return new Response(toCsv(header, rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="roomtrust-evidence.csv"', "cache-control": "no-store" },
  });
}
