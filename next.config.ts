import type { NextConfig } from "next";
import { initOpenNextCloudflareForDev } from "@opennextjs/cloudflare";
import { securityHeaders } from "./app/_lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run check` and `npm test` run tsc over the whole repository (app and workers) once.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

// `next dev` only: gives getCloudflareContext() the bindings from wrangler.toml.
if (process.env.NODE_ENV === "development") initOpenNextCloudflareForDev();
