// `npm run dev`: the same entry as `npm start` (the app worker's router in front of OpenNext, and
// the core worker, in one wrangler dev), rebuilt on change. wrangler reloads by itself when a file
// it bundles changes (workers/, emails/, db/, and the app/ files the router renders); a change
// under app/ or public/ also rebuilds the Next.js app (about two minutes), then wrangler reloads.
import { watch } from "node:fs";
import "./env.mjs";
import { startLocal } from "./local-run.mjs";
import { run } from "./run.mjs";

const port = Number(process.env.PORT ?? 3000);
await run("npm", ["run", "build"]);
const { origin, outbox, child, stop } = await startLocal({ port, stateDir: ".wrangler/state" });
console.log(`\n  Roomtrust (rebuilt on change) on ${origin}/subprocessors — email outbox on ${outbox.origin}/dev/outbox\n`);

let building = false;
let again = false;
async function rebuild() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  do {
    again = false;
    console.log("\n  change seen: rebuilding the Next.js app…\n");
    await run("npm", ["run", "build"]).catch((error) => console.error(`  the build failed: ${error.message}`));
  } while (again);
  building = false;
}

let timer;
for (const dir of ["app", "public"]) {
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 300);
  });
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop());
child.on("exit", (code) => outbox.stop().then(() => process.exit(code ?? 0)));
