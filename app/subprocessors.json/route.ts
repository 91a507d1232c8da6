import { core } from "../_lib/core";
import { cachedResponse } from "../subprocessors/_feeds/http-cache";
import { publicListJson } from "../subprocessors/_feeds/representations";
import { loadPublicList, plainError } from "../subprocessors/_lib/public-list";

export const dynamic = "force-dynamic";

// GET /subprocessors.json – the list, pending changes and history, schema version 1.
export async function GET(request: Request) {
  try {
    const list = await loadPublicList(await core());
    const { body, etagSource } = publicListJson(list);
    return cachedResponse(request, {
      body,
      etagSource,
      contentType: "application/json; charset=utf-8",
      lastModified: list.lastModified,
      headers: { "access-control-allow-origin": "*" },
    });
  } catch (error) {
    return plainError(error);
  }
}
