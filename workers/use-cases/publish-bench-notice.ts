import type { CoreContext } from "../core/context";
import { orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { DEMO_ADMIN } from "../seed/demo-data";
import { draftNotice } from "./draft-notice";

/** One real notice through the real use cases (dev tools only): the fan-out benchmark's trigger. */
export async function publishBenchNotice(ctx: CoreContext) {
  const stamp = ctx.clock.now();
  const { noticeId } = await draftNotice(
    ctx,
    {
      changeKind: "add",
      proposed: {
        name: `Bench Mail ${stamp}`,
        legalEntity: "Bench Mail SAS",
        purpose: "Transactional email delivery",
        location: "France",
        dataCategories: ["Email addresses"],
        transferMechanism: "Processing within the EEA",
        website: "https://benchmail.example",
      },
      reason: "Benchmark fan-out.",
    },
    DEMO_ADMIN,
  );
  orThrow(await noticeClock(ctx.env, noticeId).publish({ noticeId, actor: DEMO_ADMIN }));
  return { noticeId };
}
