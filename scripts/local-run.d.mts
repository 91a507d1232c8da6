import type { ChildProcess } from "node:child_process";

export const DEV_AUTH_SECRET: string;
export function writeCoreConfig(options: { port: number; vars?: Record<string, string> }): string;
export function startLocal(options: {
  port: number;
  stateDir: string;
  fresh?: boolean;
  vars?: Record<string, string>;
  quiet?: boolean;
}): Promise<{ origin: string; child: ChildProcess; stop: () => Promise<void> }>;
export function stopProcess(child: ChildProcess, signal?: NodeJS.Signals): Promise<void>;
