import { contentSecurityPolicy, newNonce } from "../../app/_lib/content-security-policy";
import { securityHeaders } from "../../app/_lib/security-headers";
import { roomFinderPage } from "../../app/rooms/_pages/finder-page";
import { subprocessorsPage } from "../../app/subprocessors/_pages/list-page";

type PlainPage = (request: Request, env: Pick<AppEnv, "CORE">, match: RegExpExecArray) => Promise<Response>;

/**
 * Pages that need no framework: complete server-rendered HTML, no React Server Components payload,
 * no client runtime. Answering them here, before OpenNext, saves its routing and middleware on the
 * two busiest pages (about 10 ms of a 20 ms response in `npm run bench`). They carry the same
 * headers as every Next.js response: the security headers of next.config.ts and the CSP with a
 * fresh nonce that middleware.ts would set. See docs/decisions/004-room-status.md.
 */
const pages: [RegExp, PlainPage][] = [
  [/^\/subprocessors$/, (request, env) => subprocessorsPage(request, env.CORE)],
  [/^\/rooms\/([^/]+)$/, (request, env, match) => roomFinderPage(request, decodedSegment(match[1]!), env.CORE)],
];

/** The page's response, or null when the request is not for one of these pages (Next.js answers it). */
export async function answerPlainPage(request: Request, pathname: string, env: Pick<AppEnv, "CORE">): Promise<Response | null> {
  if (request.method !== "GET") return null;
  for (const [pattern, page] of pages) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const nonce = newNonce();
    const forwarded = new Request(request, { headers: new Headers(request.headers) });
    forwarded.headers.set("x-nonce", nonce);
    const response = await page(forwarded, env, match);
    // A page may set a stricter header itself (the room finder's Referrer-Policy); keep it.
    for (const { key, value } of securityHeaders) if (!response.headers.has(key)) response.headers.set(key, value);
    response.headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
    return response;
  }
  return null;
}

/** A path segment as Next.js would pass it; a malformed escape stays as sent (and matches no organisation). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
