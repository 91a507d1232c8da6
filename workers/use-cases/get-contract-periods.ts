import { findContractPeriods } from "@/db/queries/settings";
import type { CoreContext } from "../core/context";
import { DEFAULT_PERIODS, type NoticePeriods } from "../domain/notice-periods";

/** The periods a notice published now runs on: the admin's, or the defaults while none are set. */
export async function periodsInForce(ctx: CoreContext): Promise<NoticePeriods> {
  const stored = await findContractPeriods(ctx.db);
  if (!stored) return DEFAULT_PERIODS;
  const { noticePeriodDays, objectionWindowDays, resolutionPeriodDays } = stored;
  return { noticePeriodDays, objectionWindowDays, resolutionPeriodDays };
}

/** The settings page: the periods in force, who set them and when, and the deployment's floors. */
export async function getContractPeriods(ctx: CoreContext) {
  const stored = await findContractPeriods(ctx.db);
  return {
    periods: await periodsInForce(ctx),
    floors: ctx.config.periodFloors,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}
