import { getCloudflareContext } from "@opennextjs/cloudflare";
import { NextResponse, type NextRequest } from "next/server";
import { pickLang } from "./app/_lib/i18n/lang";
import { contentSecurityPolicy, newNonce, type PolicyFor } from "./app/_lib/content-security-policy";
import { AUTH_REDIRECT_PATH } from "./app/_lib/security-headers";
import { LANG_HEADER, PATH_HEADER } from "./app/_lib/i18n/request-lang";

/**
 * Every request: a fresh CSP script nonce (Next puts it on its own scripts), the request's
 * language for the layout, and a same-origin check on state-changing requests.
 */
export function middleware(request: NextRequest) {
  if (isCrossSiteWrite(request)) {
    return new NextResponse("This form came from another site and was refused.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, policyFor(request.nextUrl.pathname));
  const url = request.nextUrl;
  const pathWithoutLang = new URL(url);
  pathWithoutLang.searchParams.delete("lang");
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", csp);
  forwarded.set(LANG_HEADER, pickLang(url.searchParams.get("lang"), request.headers.get("accept-language")));
  forwarded.set(PATH_HEADER, pathWithoutLang.pathname + pathWithoutLang.search);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** The tablet's pages get their own policy; with dev tools on, the tablet may reach a loopback identity stand-in. */
function policyFor(pathname: string): PolicyFor | undefined {
  if (pathname === AUTH_REDIRECT_PATH) return { page: "auth-redirect", devLoopback: false };
  if (!pathname.startsWith("/display")) return undefined;
  return { page: "display", devLoopback: getCloudflareContext().env.DEV_TOOLS === "1" };
}

/**
 * Browsers send Origin on cross-site form posts; refuse those (first line of CSRF defence; admin
 * forms also carry a per-session token). Requests without Origin are mail providers' RFC 8058
 * one-click unsubscribes and API clients, which carry no cookies of ours.
 */
function isCrossSiteWrite(request: NextRequest): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === "null";
  return origin !== request.nextUrl.origin;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|styles.css).*)"],
};
