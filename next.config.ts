import type { NextConfig } from "next";
import { initOpenNextCloudflareForDev } from "@opennextjs/cloudflare";
import { AUTH_REDIRECT_PATH, authRedirectHeaders, displayHeaders, secretUrlHeaders, securityHeaders } from "./app/_lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run check` and `npm test` run tsc over the whole repository (app and workers) once.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    // Every path but MSAL's redirect bridge gets the security headers; the bridge has its own
    // (security-headers.ts). The later rule wins for the room finder and the tablet app (served by
    // app/rooms/[org]/route.ts under `next dev`).
    return [
      { source: `/:path((?!${AUTH_REDIRECT_PATH.slice(1)}$).*)`, headers: securityHeaders },
      { source: AUTH_REDIRECT_PATH, headers: authRedirectHeaders },
      { source: "/rooms/:org", headers: secretUrlHeaders },
      { source: "/display", headers: displayHeaders },
    ];
  },
};

export default nextConfig;

// `next dev` only: gives getCloudflareContext() the bindings from wrangler.toml.
if (process.env.NODE_ENV === "development") initOpenNextCloudflareForDev();
