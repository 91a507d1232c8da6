// Builds the Next.js app for Cloudflare Workers with OpenNext (which runs `npm run build:next`).
import { run } from "./run.mjs";
import "./env.mjs";

await import("./build-client.mjs");
await run("npx", ["opennextjs-cloudflare", "build"]);
