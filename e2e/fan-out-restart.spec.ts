import { expect, test } from "@playwright/test";
import { outboxOriginFor, startLocal, startOutbox, stopProcess } from "../scripts/local-run.mjs";

// Fault test (issue 4): the core worker's process is killed in the middle of a notice fan-out and
// started again on the same persisted state (D1, Durable Objects and their alarms). The fan-out must
// resume by itself and finish with every subscriber notified exactly once.

const PORT = 8791;
// Beside the suite's server, which holds INSPECTOR_PORT when one is set.
const INSPECTOR_PORT = process.env.INSPECTOR_PORT ? Number(process.env.INSPECTOR_PORT) + 1001 : undefined;
const SUBSCRIBERS = 1500;

test("a worker killed mid fan-out resumes after restart: no duplicate, no loss", async () => {
  test.setTimeout(240_000);
  // The provider is not part of the crash: one stand-in, in memory, outlives both runs.
  const standin = await startOutbox({ origin: outboxOriginFor(PORT), quiet: true });
  // A server that did not start must not leave the stand-in holding its port for the next run.
  let server = await startLocal({ port: PORT, stateDir: ".wrangler/fault-restart", fresh: true, quiet: true, outbox: standin, inspectorPort: INSPECTOR_PORT }).catch(async (error: unknown) => {
    await standin.stop();
    throw error;
  });
  try {
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${server.origin}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(response.ok, await response.clone().text()).toBe(true);
      return response.json();
    };
    await post("/dev/bench", { subprocessors: 0, pastNotices: 0, subscribers: SUBSCRIBERS, bigOrgRooms: 0, heartbeatOrgs: 0 });
    await standin.control("reset");
    // Slow enough that the kill lands between batches: 15 calls of 100 recipients, 300 ms each.
    await standin.control("script", { steps: [], latencyMs: 300 });
    await post("/dev/bench/publish", {});

    await expect.poll(async () => (await standin.control("summary")).messages, { timeout: 60_000, intervals: [100] }).toBeGreaterThanOrEqual(300);
    await stopProcess(server.child, "SIGKILL");
    const atKill = await standin.control("summary");
    expect(atKill.messages, "the kill landed mid fan-out").toBeLessThan(SUBSCRIBERS);

    server = await startLocal({ port: PORT, stateDir: ".wrangler/fault-restart", quiet: true, outbox: standin, inspectorPort: INSPECTOR_PORT });
    await expect.poll(async () => (await standin.control("summary")).messages, { timeout: 120_000, intervals: [500] }).toBeGreaterThanOrEqual(SUBSCRIBERS);
    // Let any late duplicate show up before counting.
    await new Promise((r) => setTimeout(r, 2000));
    const done = await standin.control("summary");
    expect(done.recipients).toBe(SUBSCRIBERS);
    expect(done.duplicates).toBe(0);
    expect(done.messages).toBe(SUBSCRIBERS);
    expect(done.largestBatch).toBeLessThanOrEqual(100);
  } finally {
    await server.stop();
    await standin.stop();
  }
});
