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
  async state(): Promise<{ mailbox: StandinMessage[]; apiCalls: number; calls: StandinCall[]; scriptLeft: number }> {
    return (await fetch(`${env.RESEND_BASE_URL}/__standin/state`)).json();
  },
};
