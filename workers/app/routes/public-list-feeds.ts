import type { Context } from "hono";
import { cachedResponse } from "@/app/subprocessors/_feeds/http-cache";
import { unwrap } from "@/app/_lib/core-result";
import { publicListAtom, publicListCsv, publicListJson, versionCsv, versionJson } from "@/app/subprocessors/_feeds/representations";
import { loadPublicList } from "@/app/subprocessors/_lib/public-list";
import type { AppBindings } from "../app-bindings";

// The list for machines: conditional GET (ETag, Last-Modified); errors are problem documents.

/** ?at=YYYY-MM-DD: the version in force at the end of that day, instead of the list today. */
async function versionAt(c: Context<AppBindings>) {
  const at = c.req.query("at");
  return at === undefined ? null : unwrap(await c.env.CORE.portal().versionAt({ at }));
}

// GET /subprocessors.json – the list, pending changes and history, schema version 1 (?at=DATE: that day's version).
export async function publicListAsJson(c: Context<AppBindings>) {
  const version = await versionAt(c);
  if (version) return cachedResponse(c.req.raw, { body: versionJson(version), contentType: "application/json; charset=utf-8", lastModified: version.effectiveAt, headers: { "access-control-allow-origin": "*" } });
  const list = await loadPublicList(c.env.CORE);
  const { body, etagSource } = publicListJson(list);
  return cachedResponse(c.req.raw, {
    body,
    etagSource,
    contentType: "application/json; charset=utf-8",
    lastModified: list.lastModified,
    headers: { "access-control-allow-origin": "*" },
  });
}

// GET /subprocessors.csv – the current list for spreadsheets (RFC 4180, formula-safe; ?at=DATE: that day's version).
export async function publicListAsCsv(c: Context<AppBindings>) {
  const version = await versionAt(c);
  if (version) {
    return cachedResponse(c.req.raw, { body: versionCsv(version.subprocessors), contentType: "text/csv; charset=utf-8; header=present", lastModified: version.effectiveAt, headers: { "access-control-allow-origin": "*" } });
  }
  const list = await loadPublicList(c.env.CORE);
  return cachedResponse(c.req.raw, {
    body: publicListCsv(list),
    contentType: "text/csv; charset=utf-8; header=present",
    lastModified: list.lastModified,
    headers: { "content-disposition": 'inline; filename="subprocessors.csv"', "access-control-allow-origin": "*" },
  });
}

// GET /subprocessors/feed.xml – Atom 1.0, one entry per published notice (?lang=fr in French).
export async function publicListAsAtom(c: Context<AppBindings>) {
  const list = await loadPublicList(c.env.CORE);
  return cachedResponse(c.req.raw, {
    body: publicListAtom(list, c.var.lang),
    contentType: "application/atom+xml; charset=utf-8",
    lastModified: list.lastModified,
    headers: { vary: "accept-language" },
  });
}
