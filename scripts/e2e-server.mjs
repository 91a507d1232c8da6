// The server the e2e suite drives: the built app and core worker on port 8788 (its Resend stand-in
// on 10788), fresh state, demo data.
import "./env.mjs";
import { startLocal } from "./local-run.mjs";

const port = Number(process.env.E2E_PORT ?? 8788);
const { child, origin, outbox, stop } = await startLocal({ port, stateDir: ".wrangler/e2e", fresh: true });
console.log(`e2e server ready on ${origin}, its outbox on ${outbox.origin}/dev/outbox`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop().then(() => process.exit(0)));
child.on("exit", (code) => outbox.stop().then(() => process.exit(code ?? 0)));
