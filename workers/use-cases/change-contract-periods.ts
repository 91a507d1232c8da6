import { writeWithEvidence } from "@/db/queries/evidence";
import { saveContractPeriods } from "@/db/queries/settings";
import type { CoreContext } from "../core/context";
import { periodIssues, type NoticePeriods } from "../domain/notice-periods";
import { AppError } from "../errors";
import { ownIssue } from "../field-issue-words";

/**
 * The vendor admin sets the periods for notices published from now on. Notices already published
 * keep theirs: nothing here touches a notice or its clock.
 */
export async function changeContractPeriods(ctx: CoreContext, periods: NoticePeriods, actor: string): Promise<NoticePeriods> {
  const issues = periodIssues(periods, ctx.config.periodFloors);
  if (issues.length > 0) {
    throw new AppError(
      "validation_failed",
      issues.map((issue) => ownIssue({ path: issue.field, code: issue.code, params: issue.params })),
    );
  }
  const now = ctx.clock.now();
  await writeWithEvidence(ctx.db, [saveContractPeriods(ctx.db, periods, actor, now)], [{ at: now, kind: "settings.periods_changed", ref: "contract_periods", actor, payload: { ...periods } }]);
  return periods;
}
