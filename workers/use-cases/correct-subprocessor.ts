import { writeWithEvidence } from "@/db/queries/evidence";
import { applyCorrection, findSubprocessor, type SubprocessorFields } from "@/db/queries/subprocessors";
import type { CoreContext } from "../core/context";
import { checkCorrection, type CorrectionProblem } from "../domain/corrections";
import { AppError, type FieldIssue } from "../errors";
import { fieldLabel } from "../field-labels";

/**
 * The vendor admin corrects a listed subprocessor's non-material facts at once, without a notice:
 * the list changes, a new version of it records the correction (shown in the public history),
 * and the evidence log keeps the fields before and after, all in one batch. Anything material is
 * refused, naming each field: that still takes a notice.
 */
export async function correctSubprocessor(
  ctx: CoreContext,
  input: { subprocessorId: string; fields: Partial<SubprocessorFields>; correctionNote: string },
  actor: string,
): Promise<{ subprocessorId: string; corrected: string[] }> {
  const current = await findSubprocessor(ctx.db, input.subprocessorId);
  if (current?.status !== "active") throw new AppError("not_found");
  const checked = checkCorrection(current, input.fields);
  if (!checked.ok) throw new AppError(checked.problems.some((p) => p.problem === "nothing_changed") ? "validation_failed" : "correction_needs_notice", checked.problems.map(issueOf));
  const corrected = Object.fromEntries(checked.changed.map((field) => [field, input.fields[field]]));
  const before = Object.fromEntries(checked.changed.map((field) => [field, current[field]]));
  const now = ctx.clock.now();
  const correction = { subprocessorId: current.id, subprocessorName: current.name, fields: checked.changed, note: input.correctionNote };
  await writeWithEvidence(ctx.db, applyCorrection(ctx.db, current.id, corrected, correction, now), [
    { at: now, kind: "subprocessor.corrected", ref: current.id, actor, payload: { before, after: corrected, note: input.correctionNote } },
  ]);
  return { subprocessorId: current.id, corrected: checked.changed };
}

function issueOf(problem: CorrectionProblem): FieldIssue {
  switch (problem.problem) {
    case "needs_notice":
      return {
        path: problem.field,
        code: "needs_notice",
        message: `${fieldLabel(problem.field, "en")} is material: customers rely on it, so changing it needs a notice. Propose a change instead.`,
      };
    case "not_a_typo":
      return {
        path: problem.field,
        code: "not_a_typo",
        message: `Legal entity changes by ${problem.edits} characters: that is another company, not a typo. Propose a change instead.`,
        params: { edits: problem.edits },
      };
    case "nothing_changed":
      return { path: "fields", code: "nothing_changed", message: "Nothing was corrected: change the website or the legal entity." };
  }
}
