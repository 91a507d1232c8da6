// The scripts pages load without a framework (the room finder's live updates, the tablet app with
// React, MSAL's redirect bridge for the tablets' calendar sign-in), bundled and minified from
// TypeScript into public/js/ (not committed). Run by `npm run build` and `npm run dev`.
import { rmSync } from "node:fs";
import { build } from "esbuild";

const common = { bundle: true, minify: true, target: "es2020", logLevel: "warning" };

rmSync("public/js", { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { "finder-live": "app/rooms/_live/finder-live.ts", "msal-redirect-bridge": "app/display/_auth/redirect-bridge.ts" },
  outdir: "public/js",
  format: "iife",
});

// The tablet app, as ES modules: the app, and MSAL in a file of its own that the app imports only
// at a Microsoft 365 sign-in (`await import("@azure/msal-browser")` becomes `import("/js/msal.js")`).
// Each is one file: MSAL's own lazy imports are bundled in, so a tablet that loses the network
// after signing in never has a part of MSAL left to fetch (a failed module fetch stays failed
// until the page reloads). MSAL itself, when it failed to arrive, is asked for again under another
// address (app/display/_calendar/load-msal.ts).
const msalAsItsOwnFile = {
  name: "msal-as-its-own-file",
  setup(build) {
    build.onResolve({ filter: /^@azure\/msal-browser$/ }, () => ({ path: "/js/msal.js", external: true }));
  },
};

await build({
  ...common,
  entryPoints: { display: "app/display/_client/main.tsx" },
  outdir: "public/js",
  format: "esm",
  jsx: "automatic",
  // React's production build: the tablets run it, and its development checks are most of its size.
  define: { "process.env.NODE_ENV": '"production"' },
  plugins: [msalAsItsOwnFile],
});

await build({ ...common, entryPoints: { msal: "@azure/msal-browser" }, outdir: "public/js", format: "esm" });
