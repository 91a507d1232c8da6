import type { Context } from "hono";
import { cachedResponse } from "@/app/subprocessors/_feeds/http-cache";
import { publicListAtom, publicListCsv, publicListJson } from "@/app/subprocessors/_feeds/representations";
import { loadPublicList } from "@/app/subprocessors/_lib/public-list";
import type { AppBindings } from "../app-bindings";

// The list for machines: conditional GET (ETag, Last-Modified); errors are problem documents.

// GET /subprocessors.json – the list, pending changes and history, schema version 1.
export async function publicListAsJson(c: Context<AppBindings>) {
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

// GET /subprocessors.csv – the current list for spreadsheets (RFC 4180, formula-safe).
export async function publicListAsCsv(c: Context<AppBindings>) {
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
