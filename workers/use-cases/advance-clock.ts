import { listLiveNoticeIds } from "@/db/queries/notices";
import { setClockOffset } from "@/db/queries/settings";
import type { CoreContext } from "../core/context";
import { DAY_MS } from "../domain/notice";
import { AppError, orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";

/**
 * Dev tools only: moves the application clock forward by whole days, then asks every live notice's
 * clock to run what fell due, so a page loaded next already shows the consequences.
 */
export async function advanceClock(ctx: CoreContext, days: number): Promise<{ offsetMs: number; now: number }> {
  if (!ctx.config.devTools) throw new AppError("dev_tools_disabled");
  const offsetMs = ctx.clock.offsetMs + days * DAY_MS;
  await setClockOffset(ctx.db, offsetMs);
  // One at a time: each step writes evidence, and the chain has a single head.
  for (const noticeId of await listLiveNoticeIds(ctx.db)) {
    orThrow(await noticeClock(ctx.env, noticeId).runDueWork());
  }
  return { offsetMs, now: Date.now() + offsetMs };
}
