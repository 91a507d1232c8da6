import type { CoreContext } from "../core/context";

/** The application clock as /dev/clock shows it: how far the dev offset has moved it, and its time now. */
export async function readAppClock(ctx: CoreContext) {
  return { offsetMs: ctx.clock.offsetMs, offsetDays: ctx.clock.offsetMs / 86_400_000, now: ctx.clock.now() };
}
