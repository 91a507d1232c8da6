import { core } from "../_lib/core";
import { cachedResponse } from "../subprocessors/_feeds/http-cache";
import { publicListCsv } from "../subprocessors/_feeds/representations";
import { loadPublicList, plainError } from "../subprocessors/_lib/public-list";

export const dynamic = "force-dynamic";

// GET /subprocessors.csv – the current list for spreadsheets (RFC 4180, formula-safe).
export async function GET(request: Request) {
  try {
    const list = await loadPublicList(await core());
    return cachedResponse(request, {
      body: publicListCsv(list),
      contentType: "text/csv; charset=utf-8; header=present",
      lastModified: list.lastModified,
      headers: { "content-disposition": 'inline; filename="subprocessors.csv"', "access-control-allow-origin": "*" },
    });
  } catch (error) {
    return plainError(error);
  }
}
