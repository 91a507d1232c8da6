// `npm run check`: type-check and lint everything, build, and dry-run the deploy of both workers offline.
import "./env.mjs";
import { lint } from "./lint.mjs";
import { run } from "./run.mjs";

await run("npx", ["tsc", "-p", "."]);
await lint();
await run("npm", ["run", "build"]);
await run("npx", ["wrangler", "deploy", "--dry-run", "-c", "workers/core/wrangler.toml", "--outdir", ".wrangler/dry-run/core"]);
await run("npx", ["wrangler", "deploy", "--dry-run", "-c", "wrangler.toml", "--outdir", ".wrangler/dry-run/app"]);
console.log("check: types, lint, build and both deploy dry-runs passed");
