import { getClockOffset } from "@/db/queries/settings";
import type { Db } from "@/db/client";

/**
 * The application's clock: real time plus the dev clock offset. The offset exists only with dev
 * tools on, where `POST /dev/clock` moves it forward so a person or a test can walk a notice through
 * its 30 days in seconds. In production it is always zero and never read.
 */
export interface AppClock {
  now(): number;
  /** Application time → the real time at which a Durable Object alarm must fire for it. */
  toRealTime(appTime: number): number;
  offsetMs: number;
}

export async function loadClock(db: Db, devTools: boolean): Promise<AppClock> {
  const offsetMs = devTools ? await getClockOffset(db) : 0;
  return {
    offsetMs,
    now: () => Date.now() + offsetMs,
    toRealTime: (appTime) => appTime - offsetMs,
  };
}
