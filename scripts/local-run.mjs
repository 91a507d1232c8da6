// Everything a local run of Roomtrust needs (npm start, the e2e suite, benchmarks): a core-worker
// config of its own with this run's vars, migrations applied to its own state directory, the
// Resend stand-in as a process of its own, both workers started in one wrangler process, and the
// demo data seeded through the app.
import { spawn } from "node:child_process";
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { registerDeliveryWebhook, removeDeliveryWebhook } from "./delivery-webhook.mjs";
import { offlineEnv } from "./env.mjs";
import { run } from "./run.mjs";
import { applyProxyRetry } from "./wrangler-proxy-retry.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEV_AUTH_SECRET = "roomtrust-local-development-secret-do-not-deploy";
// workers/core/config.ts's DEV_EVIDENCE_SIGNING_KEY: production refuses it.
const DEV_EVIDENCE_SIGNING_KEY =
  '{"crv":"Ed25519","d":"vw3hKBsG_F92I2goLPdwT6qeDfHNuLz06Wl4jluFx3A","x":"OK1btpfaF_YdX9-GZktEvZshQkFDirKWoKlqA4pVudA","kty":"OKP"}';

/**
 * The Resend stand-in of the run on `port` listens 2,000 ports above it (8787 → 10787), so runs
 * side by side (npm start, the e2e suite, benchmarks) each have their own outbox; OUTBOX_PORT
 * puts it elsewhere, for a machine where only a few ports are one's own.
 */
export function outboxOriginFor(port) {
  return `http://127.0.0.1:${process.env.OUTBOX_PORT ?? port + 2000}`;
}

/**
 * Writes .wrangler/run-<port>/core.toml: the core worker's wrangler.toml with paths rebased, React
 * built for production, and its [vars] replaced by this run's (wrangler applies --var and
 * --env-file to the first worker only).
 */
export function writeCoreConfig({ port, vars = {} }) {
  const source = readFileSync(join(root, "workers/core/wrangler.toml"), "utf8");
  const varsAt = source.indexOf("\n[vars]");
  if (varsAt < 0) throw new Error("workers/core/wrangler.toml must end with its [vars] table");
  const dir = join(root, ".wrangler", `run-${port}`);
  mkdirSync(dir, { recursive: true });
  const rel = (p) => relative(dir, join(root, "workers/core", p)).split("\\").join("/");
  const allVars = {
    APP_ORIGIN: `http://localhost:${port}`,
    EMAIL_FROM: "Roomtrust <notices@roomtrust.test>",
    DEV_TOOLS: "1",
    AUTH_SECRET: DEV_AUTH_SECRET,
    EVIDENCE_SIGNING_KEY: DEV_EVIDENCE_SIGNING_KEY,
    RESEND_API_KEY: "re_local_outbox",
    RESEND_BASE_URL: outboxOriginFor(port),
    // Local receivers (the e2e suite's) listen on loopback; never set in workers/core/wrangler.toml.
    WEBHOOK_ALLOW_LOOPBACK: "1",
    ...vars,
  };
  const body = source
    .slice(0, varsAt)
    .replace(/^main = "(.+)"$/m, (_, p) => `main = "${rel(p)}"`)
    .replace(/^migrations_dir = "(.+)"$/m, (_, p) => `migrations_dir = "${rel(p)}"`);
  const varLines = Object.entries(allVars).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
  const file = join(dir, "core.toml");
  // Emails are rendered with React: its production build, as deployed (wrangler dev would bundle
  // the development build). Not in workers/core/wrangler.toml: the workerd tests compile JSX for development.
  const define = `[define]\n"process.env.NODE_ENV" = '"production"'\n`;
  writeFileSync(file, `${body}\n${define}\n[vars]\n${varLines.join("\n")}\n`);
  return file;
}

/**
 * Starts the Resend stand-in (standins/resend/) as a process of its own on `origin`'s port:
 * bundled with esbuild (packages stay in node_modules), then run with node. With a `stateFile`
 * its outbox outlives a restart; without, it lives in memory.
 */
export async function startOutbox({ origin, stateFile, appOrigin, quiet = false }) {
  const bundle = join(root, ".wrangler", `outbox-${new URL(origin).port}`, "resend-standin.mjs");
  await build({ entryPoints: [join(root, "standins/resend/main.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile: bundle, logLevel: "error" });
  const args = [bundle, "--port", new URL(origin).port, "--stylesheet", join(root, "public/styles.css")];
  if (stateFile) args.push("--state-file", stateFile);
  if (appOrigin) args.push("--app-origin", appOrigin);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], detached: true });
  // Ready when it says so: polling the port could find another run's stand-in still listening there.
  await new Promise((ready, fail) => {
    child.stdout.on("data", (chunk) => {
      if (!quiet) process.stdout.write(chunk);
      if (String(chunk).includes("resend stand-in ready")) ready();
    });
    child.once("exit", (code) => fail(new Error(`the Resend stand-in exited (${code}) before it was ready: is port ${new URL(origin).port} taken?`)));
  });
  const control = async (path, body) => (await fetch(`${origin}/__standin/${path}`, { method: "POST", body: body ? JSON.stringify(body) : undefined })).json();
  return { origin, child, control, stop: () => stopProcess(child) };
}

/**
 * Starts the app and core workers on `port`, with local state in `stateDir`, and a Resend
 * stand-in whose outbox is kept there too, unless the run is given one (`outbox`, from
 * startOutbox) that outlives it; resolves when serving.
 */
export async function startLocal({ port, stateDir, fresh = false, vars = {}, quiet = false, outbox: given, inspectorPort = process.env.INSPECTOR_PORT }) {
  Object.assign(process.env, offlineEnv);
  const state = resolve(root, stateDir);
  if (fresh) rmSync(state, { recursive: true, force: true });
  const origin = `http://localhost:${port}`;
  const outbox = given ?? (await startOutbox({ origin: outboxOriginFor(port), stateFile: join(state, "outbox.ndjson"), appOrigin: origin, quiet }));
  // As a deployment registers with Resend: the stand-in answers with this run's signing secret.
  const resendApi = { apiKey: "re_local_outbox", baseUrl: outbox.origin };
  let webhook;
  // A given stand-in is the caller's: it outlives this run (a restart finds its outbox as it was),
  // and stops sending this run its events once the run is over.
  const stopOutbox = async () => {
    if (!given) await outbox.stop();
    else if (webhook) await removeDeliveryWebhook({ ...resendApi, id: webhook.id });
  };
  let coreConfig;
  try {
    webhook = await registerDeliveryWebhook({ ...resendApi, appOrigin: origin });
    coreConfig = writeCoreConfig({ port, vars: { RESEND_BASE_URL: outbox.origin, RESEND_WEBHOOK_SECRET: webhook.secret, ...vars } });
    await run("npx", ["wrangler", "d1", "migrations", "apply", "roomtrust", "--local", "-c", coreConfig, "--persist-to", state], {
      cwd: root,
      env: { ...process.env, CI: "true" },
      stdio: quiet ? "ignore" : "inherit",
    });
  } catch (error) {
    await stopOutbox();
    throw error;
  }
  // wrangler 4.86's dev proxy parks a GET for ever after one lost connection (ADR 024).
  applyProxyRetry(root);
  const child = spawn(
    "npx",
    // --var reaches the first worker only (the app): its origin and dev tools, as the core's.
    ["wrangler", "dev", "-c", "wrangler.toml", "-c", coreConfig, "--port", String(port), "--persist-to", state, "--show-interactive-dev-session=false",
      "--var", `APP_ORIGIN:http://localhost:${port}`, "--var", "DEV_TOOLS:1",
      // workerd's V8 inspector on a port of the caller's (INSPECTOR_PORT: a CPU profile of a bench
      // run, servers side by side); wrangler's default without it.
      ...(inspectorPort ? ["--inspector-port", String(inspectorPort)] : [])],
    // Its own process group, so stopping it stops wrangler and workerd too, not just npx.
    { cwd: root, env: process.env, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit", detached: true },
  );
  const stop = () => Promise.all([stopProcess(child), stopOutbox()]).then(() => undefined);
  try {
    await waitFor(`${origin}/dev/clock`, child);
    const seeded = await fetch(`${origin}/dev/seed`, { method: "POST" });
    if (!seeded.ok) throw new Error(`seeding demo data failed: ${seeded.status} ${await seeded.text()}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, outbox, child, stop };
}

async function waitFor(url, child, timeoutMs = 90_000) {
  const started = Date.now();
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`${child.spawnargs.slice(0, 2).join(" ")} exited before it was ready`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Stops a local run's whole process group (npx → wrangler → workerd). */
export function stopProcess(child, signal = "SIGTERM") {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once("exit", () => done());
    const killGroup = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    };
    killGroup(signal);
    setTimeout(() => killGroup("SIGKILL"), 5000).unref();
  });
}
