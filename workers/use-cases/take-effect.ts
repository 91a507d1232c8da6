import type { BatchItem } from "drizzle-orm/batch";
import type { NoticeRow } from "../../db/queries/notices";
import { addSubprocessor, changeSubprocessor, removeSubprocessor } from "../../db/queries/subprocessors";
import type { CoreContext } from "../core/context";
import { subprocessorChangeSchema, subprocessorFieldsSchema } from "../core/notices.schema";
import { commitNoticeTransition, decide, loadPublished, type NoticeClockStore } from "./commit-notice-transition";

/** Due work at the effective date: the change goes onto the public list, unless it was withdrawn. */
export async function takeEffect(ctx: CoreContext, store: NoticeClockStore): Promise<void> {
  const { noticeId, state: before } = loadPublished(store);
  const { state, effects } = decide(before, { type: "takeEffect" }, ctx.clock.now());
  await commitNoticeTransition(ctx, store, { noticeId, actor: "system", before, state, effects });
}

/** The D1 statements that apply a notice's change to the public list (idempotent). */
export function applyChangeStatements(ctx: CoreContext, notice: NoticeRow): BatchItem<"sqlite">[] {
  const now = ctx.clock.now();
  switch (notice.changeKind) {
    case "add":
      return [addSubprocessor(ctx.db, notice.subprocessorId, subprocessorFieldsSchema.parse(notice.proposed), now)];
    case "change":
      return [changeSubprocessor(ctx.db, notice.subprocessorId, subprocessorChangeSchema.parse(notice.proposed), now)];
    case "remove":
      return [removeSubprocessor(ctx.db, notice.subprocessorId, now)];
  }
}
