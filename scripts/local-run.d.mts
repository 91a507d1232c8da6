import type { ChildProcess } from "node:child_process";

export interface StandinSummary {
  apiCalls: number;
  messages: number;
  recipients: number;
  duplicates: number;
  largestBatch: number;
  latencyMs: number;
}

/** A running Resend stand-in (standins/resend/): its API and outbox on `origin`, its controls. */
export interface Outbox {
  origin: string;
  child: ChildProcess;
  stop: () => Promise<void>;
  control(path: "summary"): Promise<StandinSummary>;
  control(path: "reset"): Promise<{ ok: boolean }>;
  control(path: "script", body: { steps: unknown[]; latencyMs?: number }): Promise<{ ok: boolean }>;
}

export const DEV_AUTH_SECRET: string;
export function outboxOriginFor(port: number): string;
export function writeCoreConfig(options: { port: number; vars?: Record<string, string> }): string;
export function startOutbox(options: { origin: string; stateFile?: string; appOrigin?: string; quiet?: boolean }): Promise<Outbox>;
/** With `outbox`, the run sends to that stand-in (which it does not stop); without, it starts its own. */
export function startLocal<O extends { origin: string } = Outbox>(options: {
  port: number;
  stateDir: string;
  fresh?: boolean;
  vars?: Record<string, string>;
  quiet?: boolean;
  outbox?: O;
  /** workerd's inspector port; INSPECTOR_PORT, else wrangler's default. */
  inspectorPort?: number | string;
}): Promise<{ origin: string; outbox: O; child: ChildProcess; stop: () => Promise<void> }>;
export function stopProcess(child: ChildProcess, signal?: NodeJS.Signals): Promise<void>;
