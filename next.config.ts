import type { NextConfig } from "next";
import { initOpenNextCloudflareForDev } from "@opennextjs/cloudflare";
import { secretUrlHeaders, securityHeaders } from "./app/_lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run check` and `npm test` run tsc over the whole repository (app and workers) once.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    // The later rule wins for the room finder (served by app/rooms/[org]/route.ts under `next dev`).
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/rooms/:org", headers: secretUrlHeaders },
    ];
  },
};

export default nextConfig;

// `next dev` only: gives getCloudflareContext() the bindings from wrangler.toml.
if (process.env.NODE_ENV === "development") initOpenNextCloudflareForDev();
