import { writeWithEvidence } from "@/db/queries/evidence";
import { applyCorrection, findSubprocessor, type SubprocessorFields } from "@/db/queries/subprocessors";
import type { CoreContext } from "../core/context";
import { checkCorrection, type CorrectionProblem } from "../domain/corrections";
import { frenchCorrection, TRANSLATED_FIELDS, type TranslatedField } from "../domain/french-content";
import { AppError, type FieldIssue } from "../errors";
import { ownIssue } from "../field-issue-words";
import { frenchFieldNames } from "../field-labels";

/**
 * The vendor admin corrects a listed subprocessor's non-material facts at once, without a notice:
 * the list changes, a new version of it records the correction (shown in the public history),
 * and the evidence log keeps the fields before and after, all in one batch. Anything material is
 * refused, naming each field: that still takes a notice.
 */
export async function correctSubprocessor(
  ctx: CoreContext,
  input: { subprocessorId: string; fields: Partial<SubprocessorFields>; correctionNote: string; correctionNoteFr?: string; french?: FrenchSent },
  actor: string,
): Promise<{ subprocessorId: string; corrected: string[] }> {
  const current = await findSubprocessor(ctx.db, input.subprocessorId);
  if (current?.status !== "active") throw new AppError("not_found");
  const french = frenchCorrection(current.french, sentFrench(input.french));
  const checked = checkCorrection(current, input.fields, french.changed.length);
  if (!checked.ok) throw new AppError(checked.problems.some((p) => p.problem === "nothing_changed") ? "validation_failed" : "correction_needs_notice", checked.problems.map(issueOf));
  const corrected = Object.fromEntries(checked.changed.map((field) => [field, input.fields[field]]));
  const before = Object.fromEntries(checked.changed.map((field) => [field, current[field]]));
  // French fields are named as the public documents name them: translations.fr.purpose.
  const fields = [...checked.changed, ...french.changed.map((field) => frenchFieldNames[field].inDocuments)];
  const now = ctx.clock.now();
  const correction = { subprocessorId: current.id, subprocessorName: current.name, fields, note: input.correctionNote, ...(input.correctionNoteFr ? { noteFrench: input.correctionNoteFr } : {}) };
  const frenchBefore = Object.fromEntries(french.changed.map((field) => [field, current.french?.[field] ?? null]));
  await writeWithEvidence(ctx.db, applyCorrection(ctx.db, current.id, corrected, french.patch, correction, now), [
    {
      at: now,
      kind: "subprocessor.corrected",
      ref: current.id,
      actor,
      payload: { before, after: corrected, note: input.correctionNote, ...(french.changed.length > 0 ? { frenchBefore, frenchAfter: french.patch } : {}), ...(input.correctionNoteFr ? { noteFrench: input.correctionNoteFr } : {}) },
    },
  ]);
  return { subprocessorId: current.id, corrected: fields };
}

type FrenchSent = Partial<Record<`${TranslatedField}Fr`, string | string[] | null | undefined>>;

/** The form's `purposeFr`… as French facts sent: a text, null to drop it, absent to leave it. */
function sentFrench(sent: FrenchSent | undefined): Partial<Record<TranslatedField, string | string[] | null>> {
  return Object.fromEntries(TRANSLATED_FIELDS.flatMap((field) => (sent?.[`${field}Fr`] !== undefined ? [[field, sent[`${field}Fr`]]] : [])));
}

function issueOf(problem: CorrectionProblem): FieldIssue {
  switch (problem.problem) {
    case "needs_notice":
      return ownIssue({ path: problem.field, code: "needs_notice" });
    case "not_a_typo":
      return ownIssue({ path: problem.field, code: "not_a_typo", params: { edits: problem.edits } });
    case "nothing_changed":
      return ownIssue({ path: "fields", code: "nothing_changed" });
  }
}
