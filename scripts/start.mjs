// `npm start`: build, migrate the local D1, start both workers, seed demo data, print where to go.
// PORT overrides the port (default 8787). State persists in .wrangler/state between runs.
import "./env.mjs";
import { run } from "./run.mjs";
import { startLocal } from "./local-run.mjs";

const port = Number(process.env.PORT ?? 8787);
if (!process.argv.includes("--no-build")) await run("npm", ["run", "build"]);
const { origin, outbox, child, stop } = await startLocal({ port, stateDir: ".wrangler/state" });

console.log(`
  Roomtrust is running.

  Subprocessor list   ${origin}/subprocessors
  Admin               ${origin}/admin   (sign in as admin@roomtrust.test; the link arrives in the outbox)
  Email outbox        ${outbox.origin}/dev/outbox   (the local Resend stand-in, a port of its own: nothing leaves this machine)
  Dev clock           ${origin}/dev/clock   (POST {"advanceDays": 16} to move time forward)

  Rooms admin         ${origin}/admin/rooms   (sign in as rooms@acme.test; the link arrives in the outbox)
  Room display        ${origin}/display   (pair it with a code from the rooms admin)
  Room finder         the link on ${origin}/admin/rooms

  Press Ctrl+C to stop.
`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop());
child.on("exit", (code) => outbox.stop().then(() => process.exit(code ?? 0)));
