/**
 * Headers sent with every response. The Content-Security-Policy itself is set per request in
 * middleware.ts, because it carries a fresh script nonce.
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
