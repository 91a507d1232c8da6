import { findLatestVersion } from "@/db/queries/list-versions";
import { publicListVersion } from "@/db/queries/public-list";
import type { CoreContext } from "../core/context";
import { periodsInForce } from "./get-contract-periods";

/**
 * A version of the public list for caching its page: the same version, the same page, until
 * `freshForMs` (the next objection deadline, when the page stops offering to object) has passed.
 * It covers everything the page reads: the rows, the list's numbered version and the periods in force.
 */
export async function getPublicListVersion(ctx: CoreContext): Promise<{ version: string; freshForMs: number | null }> {
  const now = ctx.clock.now();
  const [{ changedAt, rows, nextDeadline }, periods, latest] = await Promise.all([publicListVersion(ctx.db, now), periodsInForce(ctx), findLatestVersion(ctx.db)]);
  const version = [changedAt, rows, nextDeadline ?? "-", latest?.version ?? "-", periods.noticePeriodDays, periods.objectionWindowDays, periods.resolutionPeriodDays].join(".");
  return { version, freshForMs: nextDeadline === null ? null : nextDeadline - now };
}
