// A small closed-loop load generator for loopback only: `concurrency` workers, each taking the next
// job from a queue and sending its requests one after another over keep-alive connections.
import http from "node:http";

/** The baselines' request: the same worker's health check, which does nothing. */
export const NOOP_REQUEST = { method: "GET", path: "/api/health" };

/** One tablet's heartbeat, as runLoad, runPaced and fetchRequest send it. */
export function heartbeatRequest(token, report) {
  return { method: "POST", path: "/api/display/heartbeat", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(report) };
}

/** Sends one request of the same shape with fetch, for the parts that time requests one by one. */
export function fetchRequest(origin, { method = "GET", path, headers, body }) {
  return fetch(`${origin}${path}`, { method, headers, body });
}

export async function runLoad({ origin, jobs, concurrency }) {
  const url = new URL(origin);
  if (!["localhost", "127.0.0.1", "::1"].includes(url.hostname)) throw new Error("load is only ever sent to loopback");
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        for (const request of job) {
          const t0 = performance.now();
          const failure = await send(agent, url, request).catch(failedToSend);
          latencies.push(performance.now() - t0);
          if (failure !== null) errors += report(failure);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, latencies };
}

/**
 * Open-loop load at a steady rate: request i is due at start + i / rate whatever the earlier ones
 * are doing, and its latency counts from when it was due, so a slow server cannot hide its
 * queueing by slowing the generator down (coordinated omission).
 */
export async function runPaced({ origin, requests, ratePerSecond, maxSockets = 64 }) {
  const url = new URL(origin);
  if (!["localhost", "127.0.0.1", "::1"].includes(url.hostname)) throw new Error("load is only ever sent to loopback");
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const sends = requests.map(async (request, i) => {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const failure = await send(agent, url, request).catch(failedToSend);
    latencies.push(performance.now() - due);
    if (failure !== null) errors += report(failure);
  });
  await Promise.all(sends);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, latencies };
}

// A request that failed says how on the bench's stderr (its status and the start of its body, or
// why nothing came back), so an error in a figure can be looked into. Counts as one error.
function report(failure) {
  // wrangler dev's proxy answers a POST with this 503 when it lost its connection to the workers:
  // a worker rebuilt because its sources changed, or one dropped connection (ADR 024; only GET
  // and HEAD are sent again, so the no-op never shows it). Neither is in production's path.
  const why = failure.includes("restarted mid-request") ? " (wrangler's proxy lost its connection to the workers: were sources edited during the run? else ADR 024's lost connection, which it resends for GET/HEAD only)" : "";
  process.stderr.write(`[bench] a request failed: ${failure}${why}\n`);
  return 1;
}

function failedToSend(error) {
  return `no answer (${error.code ?? error.message})`;
}

/** Sends one request; resolves null for a 2xx answer, else what went wrong. */
function send(agent, url, { method = "GET", path, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, hostname: url.hostname, port: url.port, method, path, headers: body ? { ...headers, "content-length": Buffer.byteLength(body) } : headers }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        res.resume();
        res.on("end", () => resolve(null));
        return;
      }
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve(`${status} ${text.slice(0, 200)}`));
    });
    req.on("error", reject);
    req.end(body);
  });
}
