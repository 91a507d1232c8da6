import { listProposedNames } from "@/db/queries/notices";
import { findSubprocessor, listActiveSubprocessorNames } from "@/db/queries/subprocessors";
import type { CoreContext } from "../core/context";
import type { DraftInput } from "../core/notices.schema";
import { frenchOfInput, frenchWithoutChange, type FrenchFacts } from "../domain/french-content";
import { lookAlike } from "../domain/names";
import { AppError } from "../errors";
import { ownIssue } from "../field-issue-words";
import { newId } from "../ids";

/** A draft as the vendor admin wrote it, without the session that sent it. */
export type Draft = DraftInput extends infer T ? (T extends unknown ? Omit<T, "sessionToken" | "csrf"> : never) : never;

/**
 * The checks a draft passes whether it is new or rewritten (`editing` names the draft it
 * replaces, whose own proposed name is then no clash): the subprocessor it is about, and a name
 * that does not look like another one. Answers what the notice row stores.
 */
export async function checkDraft(ctx: CoreContext, input: Draft, editing?: string): Promise<CheckedDraft> {
  const subprocessorId = await targetOf(ctx, input);
  if (input.changeKind === "add") await refuseLookAlike(ctx, input.proposed.name, { editing });
  if (input.changeKind === "change" && input.proposed.name !== undefined) await refuseLookAlike(ctx, input.proposed.name, { editing, renamed: subprocessorId });
  if (input.changeKind === "change") refuseFrenchWithoutChange(Object.keys(input.proposed), frenchOfInput(input));
  return {
    subprocessorId,
    proposed: input.changeKind === "remove" ? {} : input.proposed,
    // A removal proposes no facts, so it has no French facts either; its reason may be French.
    proposedFrench: input.changeKind === "remove" ? null : frenchOfInput(input),
    reasonFrench: input.reasonFr ?? null,
  };
}

/** What a notice row stores of a checked draft. */
export interface CheckedDraft {
  subprocessorId: string;
  proposed: Record<string, string | string[]>;
  proposedFrench: FrenchFacts | null;
  reasonFrench: string | null;
}

/**
 * A name on the public list, or proposed for it, must not look like another subprocessor's: a
 * reader would take one for the other. A renaming leaves out the renamed subprocessor's own
 * current and proposed names, so restating or fixing its own name is not a clash.
 */
async function refuseLookAlike(ctx: CoreContext, name: string, leaveOut: { renamed?: string; editing?: string }): Promise<void> {
  const [listed, proposed] = await Promise.all([listActiveSubprocessorNames(ctx.db), listProposedNames(ctx.db)]);
  const others = [...listed, ...proposed.filter((other) => other.noticeId !== leaveOut.editing)].filter((other) => other.subprocessorId !== leaveOut.renamed);
  const similar = lookAlike(name, others);
  if (similar) {
    throw new AppError("name_confusable", [
      ownIssue({ path: "proposed.name", code: "confusable", params: { name: similar.name, among: "proposals" } }),
    ]);
  }
}

/**
 * A change notice shows only the English it changes, so French for a field whose English stays
 * would change what French readers are told with nothing on the notice to say so (ADR 020):
 * translating an unchanged fact is a direct correction, and the issue says where to make it.
 */
function refuseFrenchWithoutChange(changedEnglish: readonly string[], french: FrenchFacts | null): void {
  const unchanged = frenchWithoutChange(changedEnglish, french);
  if (unchanged.length === 0) return;
  throw new AppError(
    "validation_failed",
    unchanged.map((field) => ownIssue({ path: `${field}Fr`, code: "french_without_change" })),
  );
}

/** The subprocessor the change is about: a new free id for an addition, an active row otherwise. */
async function targetOf(ctx: CoreContext, input: Draft): Promise<string> {
  if (input.changeKind === "add") {
    const wanted = input.subprocessorId ?? `sp_${slug(input.proposed.name)}`;
    if (!(await findSubprocessor(ctx.db, wanted))) return wanted;
    if (input.subprocessorId) throw new AppError("subprocessor_exists");
    return newId("sp");
  }
  const current = await findSubprocessor(ctx.db, input.subprocessorId);
  if (current?.status !== "active") {
    throw new AppError("validation_failed", [ownIssue({ path: "subprocessorId", code: "not_active" })]);
  }
  return input.subprocessorId;
}

function slug(name: string): string {
  const text = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return text.slice(0, 40) || "new";
}
