// The few scripts pages load without a framework (the room finder's live updates, MSAL's redirect
// bridge for the tablets' calendar sign-in), bundled and minified from TypeScript into public/js/
// (not committed). Run by `npm run build` and `npm run dev`.
import { build } from "esbuild";

await build({
  entryPoints: { "finder-live": "app/rooms/_live/finder-live.ts", "msal-redirect-bridge": "app/display/_auth/redirect-bridge.ts" },
  outdir: "public/js",
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  logLevel: "warning",
});
