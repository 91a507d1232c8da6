// `npm run bench:profile`: a CPU profile of workerd while it
// takes the bench's heartbeat load (1,000 displays in 10 organisations, 50 in flight), through
// workerd's V8 inspector, recorded with the Chrome DevTools Protocol's Profiler.start/stop on every
// isolate it lists (the app worker, the core worker and its Durable Objects). PROFILE_PATH=/api/health
// profiles the no-op instead. Prints each isolate's heaviest functions by self time and writes the profiles
// to .wrangler/profiles/ (open them in Chrome DevTools' Performance panel). PROFILE_LIVE=1000
// profiles the live updates instead: that many finder clients on a 1,000-room board, 20
// heartbeats that each flip a room (the bench's live part). Loopback only.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import "../scripts/env.mjs";
import { startLocal } from "../scripts/local-run.mjs";
import { connectClients, nextChange } from "./lib/live.mjs";
import { fetchRequest, heartbeatRequest, NOOP_REQUEST, runLoad } from "./lib/load.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.BENCH_PORT ?? 8900);
// wrangler's own inspector proxy (which lists the first worker only) on a port of this run's.
process.env.INSPECTOR_PORT ??= String(port + 2);
const rounds = Number(process.env.PROFILE_ROUNDS ?? 5);
const target = process.env.PROFILE_PATH ?? "/api/display/heartbeat";
const liveClients = Number(process.env.PROFILE_LIVE ?? 0);

const server = await startLocal({ port, stateDir: ".wrangler/profile", fresh: true, quiet: true });
// Attaching to workerd's isolates can stall them: give up rather than leave workerd running.
const giveUp = setTimeout(() => server.stop().then(() => process.exit(1)), Number(process.env.PROFILE_TIMEOUT_MS ?? 120_000));
try {
  const seeded = await (await fetch(`${server.origin}/dev/bench`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ subprocessors: 0, pastNotices: 0, subscribers: 0, bigOrgRooms: liveClients > 0 ? 1000 : 0, heartbeatOrgs: 10, displaysPerOrg: 100 }) })).json();
  const big = seeded.orgs.find((o) => o.orgId === "org_bench_big");
  const fleet = seeded.orgs.filter((o) => o.orgId !== "org_bench_big");
  const jobs = fleet.flatMap((org) =>
    org.displays.map(({ token }, i) =>
      Array.from({ length: rounds }, (_, r) =>
        target === NOOP_REQUEST.path
          ? NOOP_REQUEST
          : { ...heartbeatRequest(token, { occupied: (i + r) % 3 === 0 }), path: target },
      ),
    ),
  );
  await runLoad({ origin: server.origin, jobs: jobs.slice(0, 100), concurrency: 50 }); // warm-up: boards loaded, code compiled
  const live = liveClients > 0 ? await connectClients(liveUrl(big), liveClients) : null;
  const targets = await inspectorTargets(server.child.pid);
  console.log(`profiling ${targets.map((t) => t.id).join(", ")}`);
  const sessions = await Promise.all(targets.map((t) => inspect(t)));
  console.log("attached");
  await Promise.all(sessions.map((s) => s.send("Profiler.enable").then(() => s.send("Profiler.setSamplingInterval", { interval: 200 })).then(() => s.send("Profiler.start"))));
  console.log("profiler started");
  const done = liveClients > 0 ? await flipRooms(big, live) : await runLoad({ origin: server.origin, jobs, concurrency: 50 });
  const profiles = await Promise.all(sessions.map((s) => s.send("Profiler.stop")));
  live?.close();
  console.log(liveClients > 0 ? `${done.flips} flips to ${done.clients} clients, ${done.perFlipMs.toFixed(1)} ms each until the last client saw it` : `${done.requests} requests to ${target}, ${Math.round(done.perSecond)}/s, ${done.errors} errors`);
  const dir = join(root, ".wrangler/profiles");
  mkdirSync(dir, { recursive: true });
  sessions.forEach((s, i) => {
    const file = join(dir, `${s.title.replace(/[^a-z0-9]+/gi, "-")}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profiles[i].profile));
    console.log(`\n${s.title} → ${file}`);
    for (const line of summarise(profiles[i].profile)) console.log(line);
    s.close();
  });
} finally {
  clearTimeout(giveUp);
  await server.stop();
}

/** The finder's WebSocket address for the seeded 1,000-room organisation. */
function liveUrl(big) {
  const ws = new URL(`${server.origin}${big.finderPath}`);
  ws.protocol = "ws:";
  ws.pathname = `/rooms/${big.slug}/live`;
  return ws.href;
}

/** 20 heartbeats that each flip one room, each awaited until every client has seen it. */
async function flipRooms(big, live) {
  const tablet = big.displays[0];
  const flips = 20;
  const started = performance.now();
  for (let i = 0; i < flips; i++) {
    const occupied = i % 2 === 0;
    const seen = nextChange(live.clients, tablet.displayId, occupied);
    await fetchRequest(server.origin, heartbeatRequest(tablet.token, { occupied }));
    await seen;
  }
  return { flips, clients: live.clients.length, perFlipMs: (performance.now() - started) / flips };
}

/**
 * Every isolate workerd runs (app worker, core worker, Durable Objects): wrangler's inspector proxy
 * lists only the first worker, so this asks workerd's own inspector, found among the ports the
 * workerd of this run (`group`, the wrangler process group) listens on.
 */
async function inspectorTargets(group) {
  const pids = execFileSync("ps", ["-e", "-o", "pid=,pgid=,comm="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, pgid, comm]) => pgid === String(group) && comm === "workerd")
    .map(([pid]) => pid);
  const ports = execFileSync("ss", ["-ltnpH"], { encoding: "utf8" })
    .split("\n")
    .filter((line) => pids.some((pid) => line.includes(`pid=${pid},`)))
    .map((line) => line.split(/\s+/)[3].split(":").at(-1));
  for (const port of ports) {
    const list = await fetch(`http://127.0.0.1:${port}/json`).then((r) => (r.ok ? r.json() : null), () => null);
    // Our workers are workerd's "core:user:<name>" services; the rest are wrangler's own.
    // PROFILE_WORKERS=roomtrust-core: only those (comma-separated).
    const only = process.env.PROFILE_WORKERS?.split(",").map((name) => `core:user:${name}`);
    const ours = Array.isArray(list) ? list.filter((t) => String(t.id).startsWith("core:user:") && (!only || only.includes(t.id))) : [];
    if (ours.length > 0) return ours;
  }
  throw new Error(`no inspector among workerd's ports ${ports.join(", ")}`);
}

/** A CDP session over the inspector's WebSocket for one target. */
function inspect(target) {
  return new Promise((resolveSession, fail) => {
    const socket = new WebSocket(target.webSocketDebuggerUrl.replace("localhost", "127.0.0.1"));
    const waiting = new Map();
    let nextId = 1;
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data));
      const waiter = waiting.get(message.id);
      if (!waiter) return;
      waiting.delete(message.id);
      if (message.error) waiter.fail(new Error(JSON.stringify(message.error)));
      else waiter.done(message.result);
    });
    socket.addEventListener("error", () => fail(new Error(`cannot inspect ${target.title}`)));
    socket.addEventListener("open", () =>
      resolveSession({
        title: target.title ?? target.id,
        send: (method, params = {}) =>
          new Promise((done, failed) => {
            const id = nextId++;
            waiting.set(id, { done, fail: failed });
            socket.send(JSON.stringify({ id, method, params }));
          }),
        close: () => socket.close(),
      }),
    );
  });
}

/** Self time by function (name, file:line), heaviest first, and the share of samples idle. */
function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const byFunction = new Map();
  for (const [id, count] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + count);
  }
  const rows = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25);
  return [`${total} samples`, ...rows.map(([key, count]) => `${((100 * count) / total).toFixed(1).padStart(5)} %  ${key}`)];
}
