/**
 * Headers sent with every response (workers/app/middleware/security-headers.ts). The
 * Content-Security-Policy is made per request there, because it carries a fresh script nonce.
 */
export const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Added to pages whose URL carries a secret (the room finder's ?key=): the link is never sent on
 * in a Referer to another site, and never indexed should it be pasted somewhere public.
 */
export const secretUrlHeaders = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex" },
];

/**
 * The tablet app, where a person signs in to Google Calendar: Google Identity Services' token
 * pop-up answers its opener, which `same-origin` would cut off (Google's GIS setup guide asks for
 * `same-origin-allow-popups`). Other sites still cannot reach the panel; only windows it opens
 * keep their link back. Overrides the header of `securityHeaders` for /display alone.
 */
export const displayHeaders = [{ key: "Cross-Origin-Opener-Policy", value: "same-origin-allow-popups" }];

/** Where Microsoft sends the tablet back after a sign-in or a silent renewal (MSAL's redirect bridge). */
export const AUTH_REDIRECT_PATH = "/display/auth-redirect";

/**
 * The redirect bridge is the one page our own origin may frame: MSAL renews the calendar token in
 * a hidden iframe that lands here. MSAL's docs forbid a Cross-Origin-Opener-Policy on it (a
 * browsing-context-group swap would cut the bridge's channel back to the panel), so it has none;
 * it runs no code but MSAL's bridge, which only hands the response to the panel on this origin.
 */
export const authRedirectHeaders = securityHeaders
  .filter(({ key }) => key !== "Cross-Origin-Opener-Policy")
  .map((header) => (header.key === "X-Frame-Options" ? { key: "X-Frame-Options", value: "SAMEORIGIN" } : header));
