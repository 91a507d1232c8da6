import { runDurableObjectAlarm } from "cloudflare:test";

/**
 * Runs a Durable Object's armed alarm now, as `runDurableObjectAlarm` does, after waiting out a
 * real one that workerd is already running.
 *
 * Why the wait: tests move the application clock forward, so work falls due between two calls and
 * the next call arms the alarm in the past; workerd then fires it at once, for real. While that
 * run is in progress no alarm is scheduled, and `runDurableObjectAlarm` returns false without
 * running anything; under load the test then reads the state before that run ends. Each object
 * re-arms when its run ends (the board always has its snapshot due), so a false answer is
 * retried for a while; one that stays false means that nothing was armed.
 */
export async function runArmedAlarm(stub: DurableObjectStub, waitMs = 3_000): Promise<boolean> {
  const until = Date.now() + waitMs;
  for (;;) {
    if (await runDurableObjectAlarm(stub)) return true;
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
