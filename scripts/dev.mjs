// `npm run dev`: hot reload. The core worker runs in wrangler (reloads on change) and Next.js in
// `next dev`, which reaches it through wrangler's local dev registry (initOpenNextCloudflareForDev).
import { spawn } from "node:child_process";
import "./env.mjs";
import { writeCoreConfig } from "./local-run.mjs";
import { run } from "./run.mjs";

await import("./build-client.mjs");
const port = Number(process.env.PORT ?? 3000);
const coreConfig = writeCoreConfig({ port });
await run("npx", ["wrangler", "d1", "migrations", "apply", "roomtrust", "--local", "-c", coreConfig, "--persist-to", ".wrangler/state"], {
  env: { ...process.env, CI: "true" },
});
const children = [
  spawn("npx", ["wrangler", "dev", "-c", coreConfig, "--port", String(port + 1), "--persist-to", ".wrangler/state", "--show-interactive-dev-session=false"], { stdio: "inherit" }),
  spawn("npx", ["next", "dev", "--port", String(port)], { stdio: "inherit" }),
];
console.log(`\n  Roomtrust (hot reload) on http://localhost:${port}/subprocessors — seed with: curl -X POST http://localhost:${port}/dev/seed\n`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((c) => c.kill(signal)));
