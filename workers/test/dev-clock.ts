import { getClockOffset, setClockOffset } from "@/db/queries/settings";
import type { Db } from "@/db/client";

/** Moves the application's dev clock forward by `ms`, as `POST /dev/clock` does, for workerd tests. */
export async function advanceDevClock(db: Db, ms: number): Promise<void> {
  await setClockOffset(db, (await getClockOffset(db)) + ms);
}
