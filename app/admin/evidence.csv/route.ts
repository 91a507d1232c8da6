import { evidenceForExport } from "../_lib/evidence-export";

export const dynamic = "force-dynamic";

/** RFC 4180 quoting; cells that a spreadsheet would run as a formula get a leading quote. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// GET /admin/evidence.csv – the complete log, one entry per row.
export async function GET(request: Request) {
  const log = await evidenceForExport(request);
  if (log instanceof Response) return log;
  const header = ["seq", "at", "kind", "ref", "actor", "payload", "prev_hash", "hash"].join(",");
  const rows = log.entries.map((e) => [e.seq, new Date(e.at).toISOString(), e.kind, e.ref, e.actor, e.payload, e.prevHash, e.hash].map(cell).join(","));
  return new Response(`${header}\r\n${rows.join("\r\n")}\r\n`, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="roomtrust-evidence.csv"', "cache-control": "no-store" },
  });
}
