import { writeWithEvidence } from "../../db/queries/evidence";
import { insertNotice } from "../../db/queries/notices";
import { findSubprocessor } from "../../db/queries/subprocessors";
import type { CoreContext } from "../core/context";
import type { DraftInput } from "../core/notices.schema";
import { AppError } from "../errors";
import { newId } from "../ids";

type Draft = DraftInput extends infer T ? (T extends unknown ? Omit<T, "sessionToken" | "csrf"> : never) : never;

/** Saves a proposed change as a draft. Nothing is public, and no clock runs, until it is published. */
export async function draftNotice(ctx: CoreContext, input: Draft, actor: string): Promise<{ noticeId: string; subprocessorId: string }> {
  const now = ctx.clock.now();
  const subprocessorId = await targetOf(ctx, input);
  const noticeId = newId("ntc");
  const proposed = input.changeKind === "remove" ? {} : input.proposed;
  await writeWithEvidence(
    ctx.db,
    [
      insertNotice(ctx.db, {
        id: noticeId,
        changeKind: input.changeKind,
        subprocessorId,
        proposed,
        reason: input.reason,
        status: "draft",
        createdAt: now,
        createdBy: actor,
        updatedAt: now,
      }),
    ],
    [{ at: now, kind: "notice.drafted", ref: noticeId, actor, payload: { changeKind: input.changeKind, subprocessorId, proposed, reason: input.reason } }],
  );
  return { noticeId, subprocessorId };
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
    throw new AppError("validation_failed", [
      { path: "subprocessorId", code: "not_active", message: "Choose a subprocessor that is on the list now" },
    ]);
  }
  return input.subprocessorId;
}

function slug(name: string): string {
  const text = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return text.slice(0, 40) || "new";
}
