// A backport to wrangler 4.86's dev proxy, applied before every local run (npm start, the e2e
// suite, benchmarks): see docs/decisions/024-local-runs-retry-a-lost-proxy-connection.md.
//
// wrangler dev puts a ProxyWorker in front of our workers. When its request to them fails on a
// lost connection (a kept-alive connection their server closed as the request went out; on two
// cores, a few times an hour under the e2e suite), it means to report the error, but compares
// the request's full URL with the workers' bare origin, finds them different, takes the failure
// for a reload in progress and parks a GET until the next reload — for ever in a run without
// one — and answers a POST 503 "Your worker restarted mid-request". Upstream fixed it by retrying
// bodyless requests (cloudflare/workers-sdk#15252), in releases that need Node 22. This sends a
// GET or HEAD once more, at once, on a fresh connection; a second failure goes the old way.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SEND = "void fetch(userWorkerUrl, new Request(request, { headers })).then(";
const MARK = "/* roomtrust: a GET or HEAD whose connection was lost is sent once more (docs/decisions/024) */";
const SEND_RETRYING_ONCE =
  `${MARK} void fetch(userWorkerUrl, new Request(request, { headers })).catch((error) => {` +
  ` if (request.method !== "GET" && request.method !== "HEAD") throw error;` +
  ` return fetch(userWorkerUrl, new Request(request, { headers })); }).then(`;

/**
 * The ProxyWorker's source with the retry in: `patched` now, `already` from an earlier run, or
 * `unrecognised` (another wrangler: its source is returned as it was).
 */
export function withProxyRetry(source) {
  if (source.includes(MARK)) return { state: "already", source };
  if (source.split(SEND).length !== 2) return { state: "unrecognised", source };
  return { state: "patched", source: source.replace(SEND, SEND_RETRYING_ONCE) };
}

/** The ProxyWorker as wrangler ships it (the retry taken out again, if it was in). */
export function withoutProxyRetry(source) {
  return source.replace(SEND_RETRYING_ONCE, SEND);
}

/** Puts the retry into node_modules' wrangler; says so, once, if this wrangler's proxy is not the one it knows. */
export function applyProxyRetry(root) {
  const file = join(root, "node_modules", "wrangler", "wrangler-dist", "ProxyWorker.js");
  const { state, source } = withProxyRetry(readFileSync(file, "utf8"));
  if (state === "patched") writeFileSync(file, source);
  if (state === "unrecognised") {
    console.warn(
      `scripts/wrangler-proxy-retry.mjs: ${file} is not wrangler 4.86's; the retry is not applied. ` +
        "If this wrangler includes cloudflare/workers-sdk#15252, remove the script and ADR 024's workaround.",
    );
  }
  return state;
}
