export interface StandinSummary {
  apiCalls: number;
  messages: number;
  recipients: number;
  duplicates: number;
  largestBatch: number;
  latencyMs: number;
}

export function startStandin(
  root: string,
  dir: string,
): Promise<{
  url: string;
  close: () => void;
  control(path: "summary"): Promise<StandinSummary>;
  control(path: "reset"): Promise<{ ok: boolean }>;
  control(path: "script", body: { steps: unknown[]; latencyMs?: number }): Promise<{ ok: boolean }>;
}>;
