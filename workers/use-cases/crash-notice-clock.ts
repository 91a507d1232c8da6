import type { CoreContext } from "../core/context";
import { orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import type { CrashPoint } from "./notice-clock-store";

/** Fault tests: the notice's clock dies at this step boundary of its next transition, as a killed process would. */
export async function crashNoticeClock(ctx: CoreContext, input: { noticeId: string; at: CrashPoint }) {
  return orThrow(await noticeClock(ctx.env, input.noticeId).crashAt({ at: input.at }));
}
