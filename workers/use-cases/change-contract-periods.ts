import { writeWithEvidence } from "@/db/queries/evidence";
import { saveContractPeriods } from "@/db/queries/settings";
import type { CoreContext } from "../core/context";
import { periodIssues, type NoticePeriods, type PeriodIssue } from "../domain/notice-periods";
import { AppError, type FieldIssue } from "../errors";
import { fieldLabels } from "../field-labels";

const englishOf: Record<PeriodIssue["code"], (label: string, params: Record<string, number>) => string> = {
  below_floor: (label, p) => `${label} must be at least ${p.floor} days, the shortest this deployment allows.`,
  window_after_notice: (label, p) =>
    `${label} must be no longer than the notice period (${p.noticePeriodDays} days), so that customers can object before the change takes effect.`,
};

/**
 * The vendor admin sets the periods for notices published from now on. Notices already published
 * keep theirs: nothing here touches a notice or its clock.
 */
export async function changeContractPeriods(ctx: CoreContext, periods: NoticePeriods, actor: string): Promise<NoticePeriods> {
  const issues = periodIssues(periods, ctx.config.periodFloors);
  if (issues.length > 0) {
    throw new AppError(
      "validation_failed",
      issues.map((issue): FieldIssue => ({ path: issue.field, code: issue.code, message: englishOf[issue.code](fieldLabels[issue.field].en, issue.params), params: issue.params })),
    );
  }
  const now = ctx.clock.now();
  await writeWithEvidence(ctx.db, [saveContractPeriods(ctx.db, periods, actor, now)], [{ at: now, kind: "settings.periods_changed", ref: "contract_periods", actor, payload: { ...periods } }]);
  return periods;
}
