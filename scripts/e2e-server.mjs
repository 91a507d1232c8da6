// The server the e2e suite drives: the built app and core worker on port 8788, fresh state, demo data.
import "./env.mjs";
import { startLocal, stopProcess } from "./local-run.mjs";

const port = Number(process.env.E2E_PORT ?? 8788);
const { child, origin } = await startLocal({ port, stateDir: ".wrangler/e2e", fresh: true });
console.log(`e2e server ready on ${origin}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopProcess(child).then(() => process.exit(0)));
child.on("exit", (code) => process.exit(code ?? 0));
