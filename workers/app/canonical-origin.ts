import type { AppConfig } from "./app-config";

/**
 * Requests must arrive on the configured origin. One that names another host (a forged Host
 * header, or a local run opened at 127.0.0.1 instead of the localhost it printed) is sent to the
 * same path on the configured origin, so every page, cookie, form check and absolute URL after
 * this point sees one origin only. GET and HEAD are redirected for good (308); anything else is
 * redirected with its method kept (307), which a browser that started on the right origin never
 * needs. A request already on the configured origin gets null: it goes on as it came (a forwarded
 * host header is removed where it matters, in the copy handed to Next.js: routes/next-app.ts).
 */
export function toConfiguredOrigin(request: Request, config: AppConfig): Response | null {
  const url = new URL(request.url);
  if (url.host === config.origin.host && url.protocol === config.origin.protocol) return null;
  const target = new URL(url.pathname + url.search, config.origin);
  const status = request.method === "GET" || request.method === "HEAD" ? 308 : 307;
  return new Response(null, { status, headers: { location: target.href, "cache-control": "no-store" } });
}
