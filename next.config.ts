import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run check` and `npm test` run tsc over the whole repository (app and workers) once.
  typescript: { ignoreBuildErrors: true },
  // No headers here: every response, Next's included, gets them from the app worker's middleware
  // chain (workers/app/middleware/security-headers.ts).
};

export default nextConfig;
