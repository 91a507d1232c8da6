// The Content-Security-Policy of every response, with a fresh script nonce per request. Set by
// the app worker's middleware chain (workers/app/middleware/security-headers.ts), for the router's
// pages and Next.js's alike.

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/**
 * The tablet app reads the room's calendar from the device itself, so /display (only) may talk
 * to Microsoft Graph and Google Calendar and open their sign-in pages. Scripts those sign-ins load
 * are allowed through 'strict-dynamic' (started by our nonce'd code).
 */
const CALENDAR_ORIGINS = {
  connect: "https://graph.microsoft.com https://login.microsoftonline.com https://www.googleapis.com https://oauth2.googleapis.com https://accounts.google.com",
  frame: "https://login.microsoftonline.com https://accounts.google.com",
};

/**
 * Which policy: every page but two gets the default. `display` is the tablet app; `auth-redirect`
 * is MSAL's redirect bridge, the only page our own origin may frame. `devLoopback` (dev tools on,
 * never in production) lets the tablet reach an identity stand-in on a loopback https port.
 */
export interface PolicyFor {
  page: "display" | "auth-redirect";
  devLoopback: boolean;
}

const DEV_LOOPBACK = "https://127.0.0.1:* https://localhost:*";

export function contentSecurityPolicy(nonce: string, policyFor?: PolicyFor): string {
  const display = policyFor?.page === "display";
  const loopback = display && policyFor.devLoopback ? ` ${DEV_LOOPBACK}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Every style is in /styles.css. Next's runtime styles its route announcer through the CSSOM
    // (element.style), which CSP does not govern, so no inline style needs allowing.
    "style-src 'self'",
    "img-src 'self' data:",
    display ? `connect-src 'self' ${CALENDAR_ORIGINS.connect}${loopback}` : "connect-src 'self'",
    display ? `frame-src 'self' ${CALENDAR_ORIGINS.frame}${loopback}` : "frame-src 'self'",
    policyFor?.page === "auth-redirect" ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}
