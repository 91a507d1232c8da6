import type { AppConfig } from "./app-config";

/**
 * Requests must arrive on the configured origin. One that names another host (a forged Host
 * header, or a local run opened at 127.0.0.1 instead of the localhost it printed) is sent to the
 * same path on the configured origin, so every page, cookie, form check and absolute URL after
 * this point sees one origin only. GET and HEAD are redirected for good (308); anything else is
 * redirected with its method kept (307), which a browser that started on the right origin never
 * needs. Otherwise the request goes on (with any forwarded host header removed: Next.js would
 * build absolute URLs from it).
 */
export function toConfiguredOrigin<R extends Request>(request: R, config: AppConfig): Response | R {
  const url = new URL(request.url);
  if (url.host !== config.origin.host || url.protocol !== config.origin.protocol) {
    const target = new URL(url.pathname + url.search, config.origin);
    const status = request.method === "GET" || request.method === "HEAD" ? 308 : 307;
    return new Response(null, { status, headers: { location: target.href, "cache-control": "no-store" } });
  }
  if (!request.headers.has("x-forwarded-host")) return request;
  const headers = new Headers(request.headers);
  headers.delete("x-forwarded-host");
  // A Request made from another keeps its cf properties; the type system cannot know that.
  return new Request(request, { headers }) as unknown as R;
}
