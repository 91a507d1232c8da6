// `npm run bench`: figures measured against the built app running locally in workerd, each as a
// ratio to a baseline taken in the same run (these machines are noisy; absolute times alone mean
// little). Prints a table, writes bench/results.json and docs/benchmarks.md.
import { cpus } from "node:os";
import { writeFileSync, mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import "../scripts/env.mjs";
import { run } from "../scripts/run.mjs";
import { startLocal } from "../scripts/local-run.mjs";

const port = Number(process.env.BENCH_PORT ?? 8790);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const command = "npm run bench";

if (!process.argv.includes("--no-build")) await run("npm", ["run", "build"]);
const server = await startLocal({ port, stateDir: ".wrangler/bench", fresh: true, quiet: true });
const results = [];

try {
  // Warm up both workers and the isolate caches before measuring.
  for (let i = 0; i < 20; i++) await ttfb(`${server.origin}/subprocessors`);

  const staticTimes = await sample(`${server.origin}/styles.css`);
  const pageTimes = await sample(`${server.origin}/subprocessors`);
  const base = stats(staticTimes);
  const page = stats(pageTimes);
  results.push(
    figure("TTFB /subprocessors median", page.median, "ms", base.median, { maxRatio: 2, maxValue: 30 }),
    figure("TTFB /subprocessors p95", page.p95, "ms", base.p95, {}),
  );

  const weight = await pageWeight(`${server.origin}/subprocessors`);
  results.push(figure("/subprocessors HTML+CSS gzip", weight.htmlCss / 1024, "KB", null, { maxValue: 30 }));
  results.push(figure("/subprocessors JS gzip", weight.js / 1024, "KB", null, {}));
} finally {
  await server.stop();
}

const machine = `${cpus().length} cores, Node ${process.version}`;
printTable(results, machine);
mkdirSync("bench", { recursive: true });
writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
writeFileSync("docs/benchmarks.md", markdown(results, machine));

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

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/** Bytes a browser downloads for a page, gzip-compressed: the document, its stylesheets and scripts. */
async function pageWeight(url) {
  const html = await (await fetch(url)).text();
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]);
  let css = 0;
  let js = 0;
  for (const asset of new Set(assets)) {
    const body = Buffer.from(await (await fetch(new URL(asset, url))).arrayBuffer());
    if (asset.endsWith(".css")) css += gzipSync(body).length;
    else js += gzipSync(body).length;
  }
  return { htmlCss: gzipSync(Buffer.from(html)).length + css, js };
}

function figure(name, value, unit, baseline, target) {
  const ratio = baseline ? value / baseline : null;
  const targetText = [target.maxRatio && `≤ ${target.maxRatio}× baseline`, target.maxValue && `≤ ${target.maxValue} ${unit}`].filter(Boolean).join(" and ") || "—";
  const met = (target.maxRatio ? ratio <= target.maxRatio : true) && (target.maxValue ? value <= target.maxValue : true);
  return { name, value: round(value), unit, baseline: baseline === null ? null : round(baseline), ratio: ratio === null ? null : round(ratio), target: targetText, met, command };
}

function round(n) {
  return Math.round(n * 100) / 100;
}

function printTable(rows, machine) {
  console.log(`\n${command} — ${machine} — ${requests} requests per sample\n`);
  console.table(rows.map(({ command: _, ...row }) => row));
}

function markdown(rows, machine) {
  const lines = rows.map((r) => `| ${r.name} | ${r.value} ${r.unit} | ${r.baseline ?? "—"} | ${r.ratio ?? "—"} | ${r.target} | ${r.met ? "yes" : "**no**"} |`);
  return `# Benchmarks

Produced by \`${command}\` on ${new Date().toISOString().slice(0, 10)} (${machine}), against the built
app in workerd on loopback, ${requests} sequential requests per sample after 20 warm-up requests.
Baseline for time to first byte: \`/styles.css\`, a static asset served by the same process in the
same run. Raw figures: \`bench/results.json\`.

| figure | value | baseline | ratio | target | met |
| --- | --- | --- | --- | --- | --- |
${lines.join("\n")}
`;
}
