// Starts the Resend stand-in the workerd tests use (workers/test/resend-standin.ts), bundled on the
// fly with esbuild so a plain Node script can run the same code: one stand-in, one wire format.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export async function startStandin(root, dir) {
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, "resend-standin.mjs");
  await build({ entryPoints: [join(root, "workers/test/resend-standin.ts")], bundle: true, platform: "node", format: "esm", outfile, logLevel: "error" });
  const { startResendStandin } = await import(pathToFileURL(outfile).href);
  const standin = await startResendStandin();
  const control = async (path, body) => (await fetch(`${standin.url}/__standin/${path}`, { method: "POST", body: body ? JSON.stringify(body) : undefined })).json();
  return { ...standin, control };
}
