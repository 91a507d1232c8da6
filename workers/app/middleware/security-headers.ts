import { createMiddleware } from "hono/factory";
import { contentSecurityPolicy, newNonce, type PolicyFor } from "@/app/_lib/content-security-policy";
import { AUTH_REDIRECT_PATH, authRedirectHeaders, displayHeaders, secretUrlHeaders, securityHeaders } from "@/app/_lib/security-headers";
import type { AppBindings } from "../app-bindings";

/**
 * Every response the app worker sends — our pages, forms, feeds, the tablets' API, Next.js pages
 * and its errors — gets the security headers and a Content-Security-Policy with a fresh script
 * nonce. Our pages take the nonce from c.var; Next.js gets it on the request it is handed
 * (routes/next-app.ts).
 */
export const secureResponses = createMiddleware<AppBindings>(async (c, next) => {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, policyFor(c.req.path, c.env.DEV_TOOLS === "1"));
  c.set("nonce", nonce);
  c.set("policy", policy);
  await next();
  // A WebSocket handshake's answer is the socket itself: it carries no page to protect.
  if (c.res.status === 101) return;
  const headers = new Headers(c.res.headers);
  for (const { key, value } of headersFor(c.req.path)) headers.set(key, value);
  headers.set("Content-Security-Policy", policy);
  // Responses from OpenNext may have immutable headers: answer with a copy (the body is passed on,
  // not read). Clearing first keeps Hono from copying the old headers back over these.
  const { body, status, statusText } = c.res;
  c.res = undefined;
  c.res = new Response(body, { status, statusText, headers });
});

/** The tablet's pages get their own policy; with dev tools on, the tablet may reach a loopback identity stand-in. */
function policyFor(pathname: string, devTools: boolean): PolicyFor | undefined {
  if (pathname === AUTH_REDIRECT_PATH) return { page: "auth-redirect", devLoopback: false };
  if (!pathname.startsWith("/display")) return undefined;
  return { page: "display", devLoopback: devTools };
}

/**
 * MSAL's redirect bridge has its own headers (security-headers.ts says why). The room finder's URL
 * carries its key: every answer there, a 404 for a wrong key too, sends no Referer and is not indexed.
 * The tablet app lets Google's sign-in pop-up answer it. Later headers replace earlier ones (set).
 */
function headersFor(pathname: string) {
  if (pathname === AUTH_REDIRECT_PATH) return authRedirectHeaders;
  if (FINDER_PAGE.test(pathname)) return [...securityHeaders, ...secretUrlHeaders];
  if (pathname === "/display") return [...securityHeaders, ...displayHeaders];
  return securityHeaders;
}

const FINDER_PAGE = /^\/rooms\/[^/]+$/;
