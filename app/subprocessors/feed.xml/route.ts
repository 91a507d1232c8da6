import { core } from "../../_lib/core";
import { langOf } from "../../_lib/i18n/lang";
import { cachedResponse } from "../_feeds/http-cache";
import { publicListAtom } from "../_feeds/representations";
import { loadPublicList, plainError } from "../_lib/public-list";

export const dynamic = "force-dynamic";

// GET /subprocessors/feed.xml – Atom 1.0, one entry per published notice (?lang=fr in French).
export async function GET(request: Request) {
  try {
    const list = await loadPublicList(await core());
    return cachedResponse(request, {
      body: publicListAtom(list, langOf(request)),
      contentType: "application/atom+xml; charset=utf-8",
      lastModified: list.lastModified,
      headers: { vary: "accept-language" },
    });
  } catch (error) {
    return plainError(error);
  }
}
