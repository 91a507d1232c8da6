// `npm run bench`: figures measured against the built app running locally in workerd, each as a
// ratio to a baseline taken in the same run (these machines are noisy; absolute times alone mean
// little). Prints a table, writes bench/results.json and docs/benchmarks.md. Load goes to loopback only.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import "../scripts/env.mjs";
import { startLocal } from "../scripts/local-run.mjs";
import { run } from "../scripts/run.mjs";
import { connectClients, nextChange } from "./lib/live.mjs";
import { fetchRequest, heartbeatRequest, NOOP_REQUEST, runLoad, runPaced } from "./lib/load.mjs";
import { busiestThread, OTHER_CORES_LIMIT, serverCpuMs, serverThreadCpuMs, startOtherLoadMeter } from "./lib/other-load.mjs";
import { round, stats } from "./lib/stats.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.BENCH_PORT ?? 8790);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const liveClients = Number(process.env.BENCH_LIVE_CLIENTS ?? 1000);
// Resend's default team limit; the stand-in enforces it and the core worker paces itself to it.
const emailRate = Number(process.env.BENCH_EMAIL_RATE ?? 5);
// 6 rounds of 5,000 heartbeats: twice the point at which ADR 023's shared calls started failing.
const soakRounds = Number(process.env.BENCH_SOAK_ROUNDS ?? 6);
// BENCH_ONLY=fanout (comma-separated: ttfb, heartbeat, soak, live, weight, fanout, scale) runs just those parts,
// to measure one change; results.json and docs/benchmarks.md are written only by a full run.
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((part) => part.trim())) : null;
const runs = (part) => only === null || only.has(part);
const command = "npm run bench";
const results = [];
const cores = cpus().length;
// Each part counts the CPU other processes used while it ran (bench/lib/other-load.mjs): its
// figures are "under load" when that averaged more than OTHER_CORES_LIMIT cores.
let partMeter = startOtherLoadMeter();

if (typeof WebSocket === "undefined") throw new Error("Run through `npm run bench` (Node 20 needs --experimental-websocket).");
if (!process.argv.includes("--no-build")) await run("npm", ["run", "build"]);
const server = await startLocal({ port, stateDir: ".wrangler/bench", fresh: true, quiet: true, vars: { RESEND_REQUESTS_PER_SECOND: String(emailRate) } });
const { origin, outbox: standin } = server;

try {
  log("seeding: 30 subprocessors, 20 past notices, 1,000 rooms, 10 organisations × 100 displays…");
  const seeded = await post("/dev/bench", { subprocessors: 23, pastNotices: 20, subscribers: 0, bigOrgRooms: 1000, heartbeatOrgs: 10, displaysPerOrg: 100 });
  const big = seeded.orgs.find((o) => o.orgId === "org_bench_big");
  const fleet = seeded.orgs.filter((o) => o.orgId !== "org_bench_big");

  // 1. Time to first byte, against a static asset of the same process.
  if (runs("ttfb")) {
    beginPart("1. time to first byte");
    for (let i = 0; i < 20; i++) {
      await ttfb(`${origin}/subprocessors`);
      await ttfb(`${origin}${big.finderPath}`);
    }
    const asset = stats(await sample(`${origin}/styles.css`));
    for (const [label, path] of [["/subprocessors (30 subprocessors, 20 past notices)", "/subprocessors"], ["/rooms/{org} (1,000 rooms)", big.finderPath]]) {
      const page = stats(await sample(`${origin}${path}`));
      results.push(
        figure(`TTFB ${label} median`, page.median, "ms", asset.median, { maxRatio: path === "/subprocessors" ? 1.5 : 2 }),
        figure(`TTFB ${label} p95`, page.p95, "ms", asset.p95, {}),
      );
    }

  }

  // 2. Heartbeat ingest: 1,000 displays in 10 organisations, 5 reports each, against a no-op endpoint.
  if (runs("heartbeat")) {
    beginPart("2. heartbeat ingest");
    const rounds = 5;
    const concurrency = 50;
    const last = new Map();
    const jobs = fleet.flatMap((org) =>
      org.displays.map(({ displayId, token }, i) => {
        const values = Array.from({ length: rounds }, (_, r) => (i + r) % 3 === 0);
        last.set(displayId, values.at(-1));
        return values.map((occupied) => heartbeatRequest(token, { occupied }));
      }),
    );
    const noopJobs = jobs.map((job) => job.map(() => NOOP_REQUEST));
    await runLoad({ origin, jobs: noopJobs.slice(0, 100), concurrency }); // warm-up
    const before = serverCpuReading();
    const noop = await runLoad({ origin, jobs: noopJobs, concurrency });
    const between = serverCpuReading();
    const ingest = await runLoad({ origin, jobs, concurrency });
    const after = serverCpuReading();
    // The same no-op as a POST with a heartbeat's headers and body, which it does not read: what
    // carrying a body through wrangler's proxy and workerd costs before any of our code runs.
    const postNoop = await runLoad({ origin, jobs: jobs.map((job) => job.map((request) => ({ ...request, path: NOOP_REQUEST.path }))), concurrency });
    if (postNoop.errors > 0) log(`the POST no-op failed ${postNoop.errors} times: its figure is not a baseline`);
    const { wrong } = await finalStates(fleet, last);
    const noopP99 = stats(noop.latencies).p99;
    const ingestP99 = stats(ingest.latencies).p99;
    // The same fleet at a steady rate well below saturation: what a tablet waits at a busy moment.
    // 1,000 displays reporting once a minute is about 17 req/s; this is 12 times that.
    const pacedRate = 200;
    const pacedRequests = jobs.flat().slice(0, pacedRate * 10);
    const paced = await runPaced({ origin, requests: pacedRequests, ratePerSecond: pacedRate });
    const pacedNoop = await runPaced({ origin, requests: pacedRequests.map(() => NOOP_REQUEST), ratePerSecond: pacedRate });
    results.push(
      figure(`Heartbeats/s (1,000 displays × ${rounds}, ${concurrency} in flight)`, ingest.perSecond, "req/s", noop.perSecond, { minRatio: 0.8 }),
      figure("Heartbeats/s against the no-op sent as a POST with the heartbeat's body", ingest.perSecond, "req/s", postNoop.perSecond, {}),
      figure(`Heartbeat p99 (${concurrency} in flight, at saturation)`, ingestP99, "ms", noopP99, {}),
      figure(`Heartbeat p99 at a steady ${pacedRate} req/s (12× 1,000 displays' real rate)`, stats(paced.latencies).p99, "ms", stats(pacedNoop.latencies).p99, { maxRatio: 1.5 }),
      // What a heartbeat costs the servers against the no-op, which other work hardly moves.
      ...cpuFigures("Heartbeat", "Heartbeat: the servers' CPU time per request (workerd, wrangler)", { noop, ingest, before, between, after }),
      figure("Heartbeat errors", ingest.errors + paced.errors, "count", null, { maxValue: 0 }),
      figure("Displays whose final state is not their last heartbeat", wrong, "count", null, { maxValue: 0 }),
    );

  }

  // 2b. Soak: the same fleet reporting without pause for several rounds, flipping rooms and
  // unchanged reports in turn. A defect that shows only after tens of thousands of heartbeats
  // (ADR 023's shared calls: 500s after about 15,000, ADR 025) fails here; the short heartbeat
  // part is over before it.
  if (runs("soak")) {
    beginPart(`2b. soak: ${soakRounds} rounds of 1,000 displays × 5 heartbeats`);
    const concurrency = 50;
    const last = new Map();
    const perRound = [];
    let errors = 0;
    let sent = 0;
    for (let round = 0; round < soakRounds; round++) {
      const flips = round % 2 === 0;
      const jobs = fleet.flatMap((org) =>
        org.displays.map(({ displayId, token }, i) => {
          const values = Array.from({ length: 5 }, (_, r) => (flips ? (i + r + round) % 2 === 0 : false));
          last.set(displayId, values.at(-1));
          return values.map((occupied) => heartbeatRequest(token, flips ? { occupied } : { occupied, calendarHealth: "ok" }));
        }),
      );
      const result = await runLoad({ origin, jobs, concurrency });
      errors += result.errors;
      sent += result.requests;
      perRound.push(result.perSecond);
      log(`soak round ${round + 1}/${soakRounds} (${flips ? "flipping" : "unchanged"}): ${Math.round(result.perSecond)} req/s, ${result.errors} errors`);
    }
    const { wrong } = await finalStates(fleet, last);
    results.push(
      figure(`Soak: heartbeats sent without pause (${soakRounds} rounds, ${concurrency} in flight)`, sent, "count", null, {}),
      figure("Soak: heartbeat errors", errors, "count", null, { maxValue: 0 }),
      // A leak or a queue that grows shows as the last pair of rounds (one flipping, one unchanged)
      // slower than the first pair.
      figure("Soak: heartbeats/s, last two rounds (against the first two)", pairRate(perRound.slice(-2)), "req/s", pairRate(perRound.slice(0, 2)), {}),
      figure("Soak: displays whose final state is not their last heartbeat", wrong, "count", null, { maxValue: 0 }),
    );
  }

  // 4. Live update latency: 1,000 finder clients; a heartbeat that changes a room → every client sees it.
  if (runs("live")) {
    beginPart("4. live update latency");
    const ws = new URL(`${origin}${big.finderPath}`);
    ws.protocol = "ws:";
    ws.pathname = `/rooms/${big.slug}/live`;
    const { clients, close } = await connectClients(ws.href, liveClients);
    const tablet = big.displays[0];
    const delays = [];
    const firsts = [];
    const roundTrips = [];
    const changes = 20;
    const threadsBefore = serverThreadCpuMs();
    const clientCpuBefore = process.cpuUsage();
    for (let i = 0; i < changes; i++) {
      const occupied = i % 2 === 0;
      const seen = nextChange(clients, tablet.displayId, occupied);
      const t0 = performance.now();
      await fetchRequest(origin, heartbeatRequest(tablet.token, { occupied }));
      roundTrips.push(performance.now() - t0);
      const arrivals = await seen;
      delays.push(...arrivals.map((at) => at - t0));
      firsts.push(Math.min(...arrivals) - t0);
    }
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const busiest = threadsBefore && busiestThread(threadsBefore, serverThreadCpuMs());
    close();
    const live = stats(delays);
    const heartbeatRoundTrip = stats(roundTrips);
    results.push(
      figure("Finder clients connected for the live updates", clients.length, "clients", null, { minValue: liveClients }),
      figure(`Live update to ${clients.length} clients p50`, live.median, "ms", heartbeatRoundTrip.median, {}),
      figure(`Live update to ${clients.length} clients p95`, live.p95, "ms", heartbeatRoundTrip.p95, { maxValue: 100 }),
      // How long the first client waits: the rest of the p95 is the fan-out's own spread.
      figure("Live update: the first client of each change, median", stats(firsts).median, "ms", heartbeatRoundTrip.median, {}),
      // Where the spread's CPU goes on these 2 cores: the workers' one thread (the heartbeat, the
      // broadcast, each socket's compression) against this one client taking 1,000 messages in.
      ...(busiest ? [figure(`Live update: CPU per change on the servers' busiest thread (${busiest.name})`, busiest.ms / changes, "ms", null, {})] : []),
      figure(`Live update: this client's CPU per change (${clients.length} sockets in one process)`, (clientCpu.user + clientCpu.system) / 1000 / changes, "ms", null, {}),
    );

  }

  // 5. Page weight, and what works without JavaScript.
  if (runs("weight")) {
    beginPart("5. page weight");
    const notice = /\/subprocessors\/notices\/(ntc_[a-z0-9]+)/.exec(await (await fetch(`${origin}/subprocessors`)).text())?.[1];
    for (const [label, path] of [["/subprocessors", "/subprocessors"], ["/rooms/{org}", big.finderPath], ["/display", "/display"]]) {
      const weight = await pageWeight(`${origin}${path}`);
      results.push(
        figure(`${label} HTML+CSS gzip`, weight.htmlCss / 1024, "KB", null, label === "/subprocessors" ? { maxValue: 30 } : {}),
        figure(`${label} JS gzip`, weight.js / 1024, "KB", null, label === "/display" ? { maxValue: 150 } : {}),
      );
      // How much of it every App Router page ships whatever it does: the build's root scripts.
      if (label === "/display") results.push(figure("/display JS gzip: Next.js and React's own root scripts", weight.runtimeJs / 1024, "KB", null, {}));
    }
    const listHtml = await (await fetch(`${origin}/subprocessors`)).text();
    const objectHtml = notice ? await (await fetch(`${origin}/subprocessors/notices/${notice}/object`)).text() : "";
    const finderHtml = await (await fetch(`${origin}${big.finderPath}`)).text();
    const forms = (html, method, action) => [...html.matchAll(/<form[^>]*>/g)].some(([tag]) => tag.includes(`method="${method}"`) && tag.includes(`action="${action}`));
    const withoutJs = {
      read: /<table|<article|<dl/.test(listHtml) && listHtml.includes("Bench Vendor"),
      subscribe: forms(listHtml, "post", "/subprocessors/subscribe"),
      object: forms(objectHtml, "post", `/subprocessors/notices/${notice}/object`),
      finder: forms(finderHtml, "get", `/rooms/${big.slug}`) && finderHtml.includes("Room 0000"),
    };
    results.push(figure("No-JS: read, subscribe, object, find a room (forms in the HTML)", Object.values(withoutJs).filter(Boolean).length, "of 4", null, { minValue: 4 }));

  }

  // 3. Notice fan-out: 10,000 confirmed subscribers, a Resend stand-in answering in 50 ms and
  // enforcing the team's rate limit (5 calls a second by default), as Resend does.
  if (runs("fanout")) {
    beginPart(`3. notice fan-out to ${subscribers} subscribers at ${emailRate} calls/s`);
    await post("/dev/bench", { subprocessors: 0, pastNotices: 0, subscribers, bigOrgRooms: 0, heartbeatOrgs: 0 });
    await standin.control("reset");
    await standin.control("rate-limit", { requestsPerSecond: emailRate });
    await standin.control("script", { steps: [], latencyMs: 50 });
    const started = performance.now();
    await post("/dev/bench/publish", {});
    let summary;
    for (;;) {
      summary = await standin.control("summary");
      if (summary.messages >= subscribers || performance.now() - started > 300_000) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const fanoutSeconds = (performance.now() - started) / 1000;
    // BENCH_DEBUG=1: how the calls were spread, to see where a slow fan-out lost its time.
    if (process.env.BENCH_DEBUG) {
      const { calls } = await standin.control("state");
      const gaps = calls.slice(1).map((c, i) => c.at - calls[i].at);
      log(`calls ${calls.length}, first→last ${(calls.at(-1).at - calls[0].at) / 1000} s, gaps ${JSON.stringify(stats(gaps))}, max ${Math.max(...gaps)}`);
    }
    // 100 recipients a call (Resend's batch endpoint), at most `emailRate` calls a second.
    const batchCalls = Math.ceil(subscribers / 100);
    const floorSeconds = batchCalls / emailRate;
    results.push(
      figure(`Fan-out: all ${subscribers} accepted at ${emailRate} calls/s`, fanoutSeconds, "s", floorSeconds, { maxRatio: 1.1 }),
      figure("Fan-out: API calls", summary.apiCalls, "calls", batchCalls, { maxValue: batchCalls }),
      figure("Fan-out: calls refused by the rate limit (429)", summary.rateLimited, "count", null, { maxValue: 0 }),
      figure("Fan-out: largest batch", summary.largestBatch, "recipients", null, { maxValue: 100 }),
      figure("Fan-out: recipients with more or less than one message", subscribers - summary.recipients + summary.duplicates, "count", null, { maxValue: 0 }),
    );
  }

  // 6. Scale run: 10,000 displays in 100 organisations (each its own board), every display
  // reporting twice, against the no-op under the same load; then every board is read back.
  if (runs("scale")) {
    const orgCount = 100;
    const perOrg = 100;
    beginPart(`6. scale run: ${(orgCount * perOrg).toLocaleString("en")} displays in ${orgCount} organisations`);
    const { orgs } = await post("/dev/bench", { subprocessors: 0, pastNotices: 0, subscribers: 0, bigOrgRooms: 0, heartbeatOrgs: orgCount, displaysPerOrg: perOrg });
    const last = new Map();
    const jobs = orgs.flatMap((org) =>
      org.displays.map(({ displayId, token }, i) => {
        const values = [i % 2 === 0, (i + org.orgId.length) % 3 === 0];
        last.set(displayId, values.at(-1));
        return values.map((occupied) => heartbeatRequest(token, { occupied }));
      }),
    );
    const concurrency = 50;
    const before = serverCpuReading();
    const noop = await runLoad({ origin, jobs: jobs.slice(0, 2_000).map((job) => job.map(() => NOOP_REQUEST)), concurrency });
    const between = serverCpuReading();
    const ingest = await runLoad({ origin, jobs, concurrency });
    const after = serverCpuReading();
    const { seen, wrong } = await finalStates(orgs, last);
    const displays = orgCount * perOrg;
    results.push(
      figure(`Scale: heartbeats/s (${displays.toLocaleString("en")} displays in ${orgCount} organisations × 2, ${concurrency} in flight)`, ingest.perSecond, "req/s", noop.perSecond, { minRatio: 0.8 }),
      figure("Scale: heartbeat p99", stats(ingest.latencies).p99, "ms", stats(noop.latencies).p99, {}),
      ...cpuFigures("Scale", "Scale: the servers' CPU time per request", { noop, ingest, before, between, after }),
      figure("Scale: heartbeat errors", ingest.errors, "count", null, { maxValue: 0 }),
      figure("Scale: displays on their boards", seen, "displays", null, { minValue: displays }),
      figure("Scale: displays whose final state is not their last heartbeat", wrong + (displays - seen), "count", null, { maxValue: 0 }),
    );
  }
} finally {
  await server.stop();
}

const machine = `${cores} cores, Node ${process.version}`;
printTable(results, machine);
if (only === null) {
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(root, "docs/benchmarks.md"), markdown(results, machine));
}

/** The servers' CPU used so far: all of it (ms), and by thread; each null off Linux. */
function serverCpuReading() {
  return { total: serverCpuMs(), threads: serverThreadCpuMs() };
}

/**
 * A part's CPU rows from readings around its no-op run and its heartbeat run: all the servers' CPU
 * per request (`totalName`), then their busiest thread's (`part` names those rows): its CPU per
 * request, and how much of the heartbeat run it was busy. workerd runs the app worker, the core
 * worker and every board on one thread, so when that share nears 1 the heartbeat's rate is that
 * thread's, whatever the machine's other core could still do (in production they are not on one
 * thread).
 */
function cpuFigures(part, totalName, { noop, ingest, before, between, after }) {
  const rows = before.total === null ? [] : [figure(totalName, (after.total - between.total) / ingest.requests, "ms", (between.total - before.total) / noop.requests, {})];
  if (!before.threads || !between.threads || !after.threads) return rows;
  const forNoop = busiestThread(before.threads, between.threads);
  const forHeartbeat = busiestThread(between.threads, after.threads);
  if (!forNoop || !forHeartbeat) return rows;
  return [
    ...rows,
    figure(`${part}: CPU per request on the servers' busiest thread (${forHeartbeat.name}), against the no-op's busiest`, forHeartbeat.ms / ingest.requests, "ms", forNoop.ms / noop.requests, {}),
    figure(`${part}: share of the run that thread was busy`, forHeartbeat.ms / (ingest.seconds * 1000), "share", forNoop.ms / (noop.seconds * 1000), {}),
  ];
}

/**
 * Reads every organisation's board back: how many of the displays that reported are on it
 * (`seen`), and how many of those are not online with the occupancy of their last report (`wrong`).
 */
async function finalStates(orgs, last) {
  let seen = 0;
  let wrong = 0;
  for (const org of orgs) {
    for (const state of await get(`/dev/bench/board?org=${org.orgId}`)) {
      if (!last.has(state.displayId)) continue;
      seen++;
      if (state.online !== true || state.occupied !== last.get(state.displayId)) wrong++;
    }
  }
  return { seen, wrong };
}

/** Heartbeats a second over rounds of equal size, from each round's own rate. */
function pairRate(rates) {
  return rates.length / rates.reduce((sum, rate) => sum + 1 / rate, 0);
}

function log(message) {
  console.log(`[bench] ${message}`);
}

/** A part of the bench starts: the CPU others use is counted from here for its figures. */
function beginPart(title) {
  log(title);
  partMeter = startOtherLoadMeter();
}

async function post(path, body) {
  const response = await fetch(`${origin}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function get(path) {
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function ttfb(url) {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-language": "en" } });
  const elapsed = performance.now() - started;
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return elapsed;
}

async function sample(url) {
  const times = [];
  for (let i = 0; i < requests; i++) times.push(await ttfb(url));
  return times;
}

/**
 * Bytes a browser downloads for a page, gzip-compressed: the document, its stylesheets and scripts.
 * A `nomodule` script (Next's polyfills for browsers without ES modules) is skipped: every browser
 * that runs the tablet app or the admin loads modules and never fetches it.
 */
async function pageWeight(url) {
  const html = await (await fetch(url)).text();
  const tags = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*|script[^>]+)>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
  const assets = tags.map((tag) => tag.match(/(?:href|src)="([^"]+)"/)?.[1]).filter(Boolean);
  const runtime = new Set(JSON.parse(readFileSync(join(root, ".next/build-manifest.json"), "utf8")).rootMainFiles.map((file) => `/_next/${file}`));
  let css = 0;
  let js = 0;
  let runtimeJs = 0;
  for (const asset of new Set(assets)) {
    const size = gzipSync(Buffer.from(await (await fetch(new URL(asset, url))).arrayBuffer())).length;
    if (asset.endsWith(".css")) css += size;
    else js += size;
    if (runtime.has(asset)) runtimeJs += size;
  }
  return { htmlCss: gzipSync(Buffer.from(html)).length + css, js, runtimeJs };
}

function figure(name, value, unit, baseline, target) {
  const ratio = baseline ? value / baseline : null;
  const targetText =
    [
      target.maxRatio && `≤ ${target.maxRatio}× baseline`,
      target.minRatio && `≥ ${target.minRatio * 100} % of baseline`,
      target.maxValue !== undefined && `≤ ${target.maxValue} ${unit}`,
      target.minValue !== undefined && `≥ ${target.minValue} ${unit}`,
    ]
      .filter(Boolean)
      .join(" and ") || "—";
  const met =
    (target.maxRatio ? ratio <= target.maxRatio : true) &&
    (target.minRatio ? ratio >= target.minRatio : true) &&
    (target.maxValue !== undefined ? value <= target.maxValue : true) &&
    (target.minValue !== undefined ? value >= target.minValue : true);
  const otherCores = partMeter.read();
  return { name, value: round(value), unit, baseline: baseline === null ? null : round(baseline), ratio: ratio === null ? null : round(ratio), target: targetText, met, underLoad: otherCores !== null && otherCores > OTHER_CORES_LIMIT, otherCores: otherCores === null ? null : round(otherCores), load: round(loadavg()[0]), command };
}

function printTable(rows, machine) {
  console.log(`\n${command} — ${machine}\n`);
  console.table(rows.map(({ command: _, ...row }) => row));
}

function markdown(rows, machine) {
  const lines = rows.map((r) => `| ${r.name}${r.underLoad ? " (under load)" : ""} | ${r.value} ${r.unit} | ${r.baseline ?? "—"} | ${r.ratio ?? "—"} | ${r.target} | ${r.met ? "yes" : "**no**"} |`);
  return `# Benchmarks

Produced by \`${command}\` on ${new Date().toISOString().slice(0, 10)} (${machine}), against the built
app in workerd on loopback (one \`wrangler dev\` process running both workers, local D1 and Durable
Objects). Raw figures: \`bench/results.json\`. Each figure's baseline was taken in the same run:

- **Time to first byte**: ${requests} sequential requests per page after 20 warm-up requests;
  baseline \`/styles.css\`, a static asset served by the same process. Both pages are answered
  from the app worker's render cache (\`workers/app/render-cache.ts\`) once rendered for their
  version, and the isolate trusts that version for up to 1 s (\`workers/app/trusted-versions.ts\`,
  ADR 018): most requests are a copy of the HTML, one a second makes a core call for the version
  (the finder's behind its access check); the first request after a change renders it again.
- **Heartbeat ingest**: 1,000 displays in 10 organisations, 5 heartbeats each, 50 in flight over
  keep-alive connections (\`bench/lib/load.mjs\`); baseline the same load on \`GET /api/health\`, a
  no-op of the same worker. Afterwards every display's state on its organisation's board is
  compared with its last heartbeat. A heartbeat crosses the app worker, the core worker (device
  token check, once per isolate and token: ADR 021) and the organisation's board, which answers
  from memory and writes one row when more than the display's time changed (ADR 022), one call
  per heartbeat (ADR 025). The p99 at saturation is mostly queueing on 2 cores, so the
  same heartbeats are also sent open-loop at a steady 200 req/s for 10 s (\`runPaced\`, latency
  counted from when each request was due), against the no-op at the same rate. "The servers' CPU
  time per request" is the CPU the bench's server processes (workerd, wrangler, from
  \`/proc/<pid>/stat\`) used during each closed loop, divided by its requests: unlike a throughput,
  other work on the machine hardly moves it, so it is the figure to compare on a busy machine.
  Every request, the no-op's too, also crosses \`wrangler dev\`'s own proxy (a second workerd
  process in front of the workers) that production does not have. "The servers' busiest thread"
  is the one thread of those processes that used the most CPU in each closed loop
  (\`/proc/<pid>/task/<tid>/stat\`): its CPU per request, heartbeat against no-op, and the share of
  the loop it was busy. workerd runs every isolate of a process on one thread, so the app worker,
  the core worker and all ten boards share it here; when its share nears 1 the heartbeat's rate is
  that one thread's, whatever the machine's second core could still do. The heartbeats are also
  set against the no-op sent as a POST with their headers and body, which it leaves unread
  (\`POST /api/health\`): what a body's trip through the proxy and workerd costs before any of
  our code runs. The target stays against the GET no-op, as the issue set it.
- **Soak**: the heartbeat part's fleet reporting without pause for \`BENCH_SOAK_ROUNDS\` (${soakRounds})
  rounds of 5,000 heartbeats, 50 in flight, rounds that flip every room and rounds of unchanged
  reports (\`calendarHealth: "ok"\`, as tablets send them) in turn; then every display's state is
  compared with its last heartbeat. It is there for defects that need tens of thousands of
  requests to show: ADR 023's shared board calls answered 500 after about 15,000 (ADR 025). The
  last two rounds' rate against the first two's shows whether anything grows with the load.
- **Live updates**: ${liveClients.toLocaleString("en")} WebSocket clients on the 1,000-room finder; 20 heartbeats that each flip
  one room; the delay from sending the heartbeat to each client receiving the change. Baseline:
  the heartbeat's own HTTP round trip. The board serializes each change once and sends that text
  to every socket. All the clients are one node process, and every socket negotiates
  \`permessage-deflate\` as browsers do, so each change is compressed per socket, relayed socket by
  socket through \`wrangler dev\`'s proxy (a second workerd), and decompressed 1,000 times by the
  one client (through zlib's thread pool): the first client's delay beside the p95 shows how much of
  it is that spread rather than the board. The last two rows split a change's CPU: the servers'
  busiest thread (the workers' one thread: the heartbeat, the broadcast and each socket's
  compression) and this client's, taking 1,000 messages in. On 2 cores with the proxy's share
  besides, the p95 is about what the two cores need for all of it.
- **Page weight**: gzip bytes of the document and its stylesheets and scripts (a \`nomodule\`
  polyfill script is not counted: no browser that runs modules fetches it); "no-JS" checks that
  the forms to subscribe, object and filter rooms are in the server-rendered HTML. The tablet's
  figure is also split out: the root scripts every Next.js App Router page ships (React, the
  router), which leave the panel's own code only what is left of the 150 KB target.
- **Fan-out**: one notice to ${subscribers.toLocaleString("en")} confirmed subscribers through the
  Resend stand-in (\`standins/resend/\`), which answers every call after 50 ms and enforces the
  team's rate limit as Resend documents it (${emailRate} calls a second, a sliding one-second window,
  429 with \`retry-after\` beyond it); the core worker paces itself to the same limit
  (\`RESEND_REQUESTS_PER_SECOND\`), up to 3 batches under way and the next read ahead, so a
  slot is not lost while an answer or its record is awaited. Baseline: the floor that limit implies, one batch call of 100
  recipients per slot, ${Math.ceil(subscribers / 100)} calls / ${emailRate} per second = ${Math.ceil(subscribers / 100) / emailRate} s. The limit is
  not scaled: with the batch endpoint 10,000 recipients are 100 calls, 20 s at Resend's default
  (one email a call would be 2,000 s).
- **Scale run**: 10,000 displays in 100 organisations (100 boards), each display reporting twice
  with 50 in flight, against the no-op under the same closed loop; then every board is read back
  and each display's state compared with its last heartbeat (a display silent for three minutes is
  offline by design, so on a machine slow enough that the run takes longer, the first displays are
  counted wrong). Its CPU rows are the heartbeat part's, for a hundred boards instead of ten.
- **Under load**: a figure marked so was taken while other work was running: over its part of the
  bench, the machine's busy CPU time (\`/proc/stat\`) less what the bench's own processes used
  (this node client and its descendants, workerd among them, from \`/proc/<pid>/stat\`) averaged
  more than ${OTHER_CORES_LIMIT} of a core (\`bench/lib/other-load.mjs\`). The load average cannot say
  this: the bench alone keeps it above the cores. \`bench/results.json\` keeps both, as
  \`otherCores\` and \`load\`.

| figure | value | baseline | ratio | target | met |
| --- | --- | --- | --- | --- | --- |
${lines.join("\n")}

## Where a heartbeat's time goes

CPU profiles of workerd's core isolate (\`roomtrust-core\`: the core worker and its Durable
Objects) under the heartbeat load (\`npm run bench:profile\`, \`PROFILE_WORKERS=roomtrust-core\`:
1,000 displays in 10 organisations, 50 in flight, V8's sampling profiler through workerd's
inspector at 200 µs; 2026-12-02, machine under other load, so read the shares, not the times;
attaching to the app isolate, \`roomtrust\`, stalled it on that day). Before ADR 021: SQLite in the
boards about 18 % of the samples (\`exec\` 9 %, the key-value \`get\` 7 %, \`toArray\` 2 %: each
heartbeat read its display's row and the board's two settings, then wrote the row), the device
token's check about 5 % (jose: base64, claims, HMAC). After it the board answers from memory and
only writes (\`get\` and \`toArray\` gone, \`exec\` is the one update), and a token is checked once
per isolate; what is left is mostly the two hops (app → core → board, each a structured-clone RPC:
\`recordHeartbeat\`'s own samples, about 8 %, and V8's and workerd's own work), zod on the way in
and out (about 2 %) and idle. Measured as the servers' CPU time per request against the no-op's in the same run
(2026-12-02, other work using 0.7–1.6 of the 2 cores): 1.73× and 1.46× before, 1.36×, 1.32× and
1.27× after; the scale run's 1.56× before, 1.22× and 1.77× after (with other work at 1.65 cores
even this figure moves).

Where the rest goes, split on 2026-12-02 on a quiet machine with temporary variants of the route,
all in one run against the no-op (3 rounds of 3,000 requests each, 50 in flight; the servers' CPU
time per request, then throughput, as ratios to the no-op's): answering right after parsing 1.03×,
0.97; after one RPC into the core (a plain entrypoint method, or \`displays()\` and then a method:
no difference, the second call is pipelined) 1.01–1.04×, 0.93–0.99; after the core's procedure
without the board (zod in and out, the cached token) 1.08×, 0.90; after the board without its
write 1.25–1.41×, 0.68–0.81; the whole heartbeat 1.49–1.65×, 0.53–0.54. The hop into the Durable
Object and its one \`UPDATE\` are most of the gap: the profile puts 16.6 % of the core isolate's
samples in that update (\`writeLive\`) and 7.4 % in \`recordHeartbeat\`'s own (the call into the
object); \`fsync\` is not it (about 20 µs a commit under \`strace\`). Since ADR 022 a heartbeat that
changes only its time writes nothing for up to two minutes, which is most of production's
heartbeats (a report a minute, rooms that change a few times an hour) but about 1 in 4 of this
bench's, whose reports flip a room's occupancy on the others: \`BENCH_ONLY=heartbeat\`, alternating
with the code before it on a quiet machine, CPU per request 1.35× and 1.28× before, 1.23×, 1.30× and
1.40× after; throughput 0.62 and 0.66 before, 0.71, 0.66 and 0.60 after. A direct app → board
path would save only the core hop (above), so it was not built (ADR 022).
With heartbeats as tablets send them (the same occupancy and \`calendarHealth: "ok"\` each time;
the split's harness, 3 rounds of 3,000, other work using 0.6–1.1 cores, so only roughly): CPU per
request 1.44× and 1.28× the no-op's before, 1.39× and 1.11× after; throughput 0.65 and 0.61
before, 0.70 and 1.01 after.

The floor of the path, measured on 2026-12-03 with temporary variants (not kept), all in one run
against \`GET /api/health\`, 9 rounds of 5,000 requests each, 50 in flight, the variants in turn
in each round (medians of the throughput ratios, range in brackets): the same POST with its bearer
token and JSON body, answered by the app worker without any call, 0.89 (0.70–1.02); with one RPC
into the core worker, 0.88 (0.73–0.97); with the core calling an empty method of the organisation's
board, 0.83 (0.63–0.93); the heartbeat itself 0.67 (0.56–0.88) as this bench sends it, 0.68
(0.54–0.80) unchanged. So an empty Durable Object call through the path the stack prescribes (app
worker → core worker → board) is already at about the 0.80 target here; the heartbeat's own work
(the core's procedure: zod in and out, the cached token, the context; the board's: the report,
its write when something changed, the alarm check) costs another 0.15. The servers' CPU per
request followed the same order. Split by process (\`/proc/<pid>/stat\`, same run), a no-op
costs about 0.3 ms in wrangler's node process, 1.0–1.4 ms in the proxy's workerd and 1.2–1.6 ms in
the workers' workerd; a heartbeat adds 0.2–0.5 ms in the proxy (its body and answer) and
0.6–1.1 ms in the workers' workerd. Even the no-op's own figures moved from 633 to 355 req/s
within one run, so a single run's ratio is good to about ±0.1. A core CPU profile of the same
load (\`PROFILE_WORKERS=roomtrust-core npm run bench:profile\`) puts its largest shares, after idle
and V8's own work, in the call into the board (\`sendHeartbeat\`'s own samples, 9.6 %) and
SQLite's \`exec\` (9.2 %), then esbuild's \`__name\` (1.7 %), a native \`set scheduledTime\` (1.6 %,
not ours), zod (1.9 %), \`idFromName\` (1.0 %) and the token checks of each isolate's first report
(jose, about 2 %).

One thread sets that rate (2026-12-03, ad hoc, each server thread's CPU read from
\`/proc/<pid>/task/<tid>/stat\` around each closed loop of 5,000): in the workers' workerd, the
process that runs the app worker, the core worker and every board, 97 % or more of the CPU is on
its one main thread (V8's helper threads under 0.12 ms a request), 2.0–2.2 ms a no-op and 3.6–3.7
ms a heartbeat, which at 229–232 heartbeats a second kept it busy 82–84 % of the time. The
bench's own reading, added that day (the busiest-thread rows of the table): in a heartbeat part
on a slow hour, that thread took 1.73× the no-op's CPU per request while all the servers together
took 1.28×, and the throughput ratio, 0.63, followed the thread (1 / 1.73 = 0.58), not the total
(1 / 1.28 = 0.78). Split on that thread with temporary variants (6 rounds of 3,000 requests each,
50 in flight, variants in turn, medians, each good to about ±0.3 ms): no-op 1.94 ms; the
heartbeat's POST answered by a core method at once 2.57; with the context and the cached token
2.52; with an empty call into the board 2.73 (2.45 with the report as its argument); the heartbeat
unchanged 2.98 and flipping 3.09. So the body, its checks and the hop into the core cost about
0.6 ms, the hop into the board about 0.1, the heartbeat's own work 0.3–0.6; the SQLite write
hardly shows (unchanged reports write nothing). Of the first 0.6 ms, the body's trip is most: a
POST no-op with the heartbeat's headers and body, left unread (\`POST /api/health\`), took that
thread 2.46 ms against the GET's 2.17, and reading and checking the body added nothing measurable
(2.46; 5 rounds, same harness, the unchanged heartbeat 3.26 in them). For 0.80 this one thread
would have to do a heartbeat's work for the app, the core and the board in 1.25× a no-op's, and an empty board call
through the prescribed path already takes 1.3× here. In production no thread carries all three:
each board is its own single-threaded object, and requests to the two workers spread over
Cloudflare's threads and machines.

Nor does giving the core worker a process of its own help here (2026-12-04, ad hoc, not kept):
with the core in a \`wrangler dev\` of its own and the app's service binding reaching it through
wrangler's dev registry, the app and the boards no longer share a thread, yet heartbeats made
0.45–0.49 of the no-op's rate against 0.64–0.68 for the one process in the same hour (3 rounds of
5,000 each way). The call crossing processes cost the app's thread 1.63–1.72 ms a heartbeat, more
than the whole heartbeat's 1.15 ms in one process, and the core's process 0.7 ms besides. The one
process stays the local topology.

At the steady 200 req/s the slow requests come in bursts (2026-12-03, an ad hoc paced run,
3 rounds of 10 s each for the heartbeat and the no-op, each request's time and latency kept):
the 25 slowest of a round are consecutive requests that all finished at one moment, so the whole
path stopped for 200–400 ms for heartbeats and 80–275 ms for the no-op, a few times in 10 s; that
sets both p99s. It is not the machine: a busy loop timing itself saw no gap over 20 ms, alone or
three on the 2 cores. Nor the core isolate's garbage collector: its longest run of GC samples in
a profile of the same load was 35 ms. The app isolate is the suspect left (the largest heap: the
Next.js bundle and the render cache), but attaching the profiler to it stalls it (again on
2026-12-03), so this is not measured yet. Sent straight to the workers' own workerd (the address
and secret \`wrangler dev\`'s proxy uses, read from its log; the same ad hoc run, two rounds each,
twice), the bursts shrink to 50–160 ms: heartbeat p50 4–6 ms and p99 51–119 ms, no-op p99
31–49 ms, against 18–38 ms and 198–223 ms, no-op 85–154 ms, through the proxy. So most of the
tail at this rate is the proxy, which production does not have; the ratio of the two p99s is
1.6–2.6 either way.

Under the live load (\`PROFILE_LIVE=1000\`) the core isolate spends its samples in the broadcast
(\`send\` and its loop, about 55 %), yet all its samples add up to about 10 ms a change, against
118 ms until the thousandth client had it in the same run: the rest is outside the workers' code
(compression per socket, the dev proxy, the one client decompressing 1,000 messages), as the first
client's delay in the table shows.

Turning the workers' WebSocket compression off (\`no_web_socket_compression\`, on both workers;
2026-12-02, the same hour, other work on the machine): live p95 115 and 107 ms with the flag, 103 and 121 ms
without it, so no difference here. \`wrangler dev\`'s proxy negotiates \`permessage-deflate\` with the
client again whatever the workers say (the clients' sockets still report it), so only a deployment
could show what it saves; the flag was not kept.

Past the proxy (2026-12-04, ad hoc: 1,000 clients of the \`ws\` library, which may set the
\`MF-Original-URL\` header the proxy sends, straight to the workers' workerd; two rounds each,
the same hour): p95 55–70 ms, against 70–102 ms through the proxy with the same clients and
77–110 ms with the bench's own (Node's \`WebSocket\`), so the client library is not what the
figure measures. With no compression offered (neither side compresses): 25–29 ms past the proxy,
46–59 ms through it. Compression per socket is about half of the spread; the workers' setting
could not be tried locally, because miniflare's entry worker negotiates it with the client
whatever the workers' flags say (with \`no_web_socket_compression\` on both, the sockets still
reported \`permessage-deflate\`). In production it is the runtime in front of the app worker
that negotiates: whether to give up compression for the finder's small messages (a 1,000-room
board's first message is the one that gains from it) can only be measured deployed.

After the table's run, on 2026-12-04, forms and screens changed (the stylesheet's new rules, the
finder's table as a focusable region, the panel's duration words) and nothing on the heartbeat,
live or fan-out paths: page weight and time to first byte were measured again with
\`BENCH_ONLY=weight,ttfb npm run bench -- --no-build\` (a partial run, which does not rewrite the
table): \`/subprocessors\` HTML+CSS 10.02 KB (from 9.65: the new rules and their comments),
\`/rooms/{org}\` HTML+CSS 18.2 KB (17.82), \`/display\` HTML+CSS 6.55 KB (6.18) and JS 96.97 KB
(96.91); TTFB medians 1.17× and 1.67× the stylesheet's (≤ 1.5 and ≤ 2), every target still met.
`;
}
