import { env } from "cloudflare:test";
import type { StandinCall, StandinMessage, StandinStep } from "@/standins/resend/server";

/** Talks to the Resend stand-in's control endpoints from inside workerd. */
export const standin = {
  async reset() {
    await fetch(`${env.RESEND_BASE_URL}/__standin/reset`, { method: "POST" });
  },
  async script(steps: StandinStep[], latencyMs = 0) {
    await fetch(`${env.RESEND_BASE_URL}/__standin/script`, { method: "POST", body: JSON.stringify({ steps, latencyMs }) });
  },
  /** The team's rate limit until the next reset (0: none). */
  async rateLimit(requestsPerSecond: number) {
    await fetch(`${env.RESEND_BASE_URL}/__standin/rate-limit`, { method: "POST", body: JSON.stringify({ requestsPerSecond }) });
  },
  async state(): Promise<{ mailbox: StandinMessage[]; apiCalls: number; calls: StandinCall[]; scriptLeft: number; rateLimited: number }> {
    return (await fetch(`${env.RESEND_BASE_URL}/__standin/state`)).json();
  },
};
