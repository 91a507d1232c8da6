// The stand-in as a process of its own, started by scripts/local-run.mjs (bundled there with
// esbuild): `node main.mjs --port 10787 --state-file <dir>/outbox.ndjson --app-origin <origin> --stylesheet <file>`.
// Prints one line, `resend stand-in ready on <url>`, once it listens.
import { parseArgs } from "node:util";
import { startResendStandin } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "state-file": { type: "string" },
    "app-origin": { type: "string" },
    stylesheet: { type: "string" },
  },
});

const { url } = await startResendStandin({
  listenPort: Number(values.port ?? 0),
  stateFile: values["state-file"],
  appOrigin: values["app-origin"],
  stylesheet: values.stylesheet,
  keepProcessAlive: true,
});
console.log(`resend stand-in ready on ${url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
