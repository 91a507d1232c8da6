import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { cachedResponse } from "@/app/subprocessors/_feeds/http-cache";
import { versionCsv, versionJson } from "@/app/subprocessors/_feeds/representations";
import { versionNotFoundPage, versionPageResponse, VersionsPage } from "@/app/subprocessors/_pages/version-pages";

// GET /subprocessors/versions – every numbered version of the list, newest first.
export async function versionsPage(c: Context<AppBindings>) {
  const view = unwrap(await c.env.CORE.portal().versions());
  return renderHtml(<VersionsPage view={view} lang={c.var.lang} />);
}

/** "2", "2.json", "2.csv": a version's number and the form asked for. */
const VERSION_FILE = /^([1-9][0-9]{0,8})(\.json|\.csv)?$/;

// GET /subprocessors/versions/{n}[.json|.csv] – one version as it was, with its diff; permanent.
export async function versionDocument(c: Context<AppBindings>) {
  const match = VERSION_FILE.exec(c.req.param("file") ?? "");
  if (!match) return versionNotFoundPage(c.var.lang);
  const [, n, format] = match;
  const load = c.env.CORE.portal().version({ version: Number(n) });
  if (!format) return versionPageResponse(load, c.var.lang, null);
  // A machine asked: errors are problem documents.
  c.set("errorAnswer", "problem");
  const view = unwrap(await load);
  const headers = { "access-control-allow-origin": "*" };
  if (format === ".json") return cachedResponse(c.req.raw, { body: versionJson(view), contentType: "application/json; charset=utf-8", lastModified: view.effectiveAt, headers });
  return cachedResponse(c.req.raw, {
    body: versionCsv(view.subprocessors),
    contentType: "text/csv; charset=utf-8; header=present",
    lastModified: view.effectiveAt,
    headers: { ...headers, "content-disposition": `inline; filename="subprocessors-v${view.version}.csv"` },
  });
}
