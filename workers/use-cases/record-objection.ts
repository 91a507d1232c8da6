import { findOpenObjectionLike, insertObjection } from "@/db/queries/objections";
import type { CoreContext } from "../core/context";
import { newId } from "../ids";
import { commitNoticeTransition, transitionOrRefuse, loadPublished } from "./commit-notice-transition";
import type { NoticeClockStore } from "./notice-clock-store";

export interface ObjectionSubmission {
  organisation: string;
  contactEmail: string;
  grounds: string;
  lang: "en" | "fr";
  /** The customer organisation, when a notice contact objected from their own link. */
  orgId?: string | null;
}

/**
 * Records a customer's objection if the window is still open at this instant. Runs inside the
 * notice's object, so an objection at the deadline and the alarm closing the window cannot disagree.
 */
export async function recordObjection(ctx: CoreContext, store: NoticeClockStore, input: ObjectionSubmission) {
  const { noticeId, state: before } = loadPublished(store);
  // The same objection sent twice is one objection: the objector gets its receipt again, not a
  // second record with a clock of its own and a second email. This object runs one call at a
  // time, so two clicks cannot both miss it.
  const repeated = await findOpenObjectionLike(ctx.db, { noticeId, contactEmail: input.contactEmail, organisation: input.organisation, grounds: input.grounds });
  if (repeated) return { objectionId: repeated.id, receivedAt: repeated.receivedAt, resolutionDeadline: repeated.resolutionDeadline };
  const objectionId = newId("obj");
  const now = ctx.clock.now();
  const { state, effects } = transitionOrRefuse(before, { type: "objection", objectionId }, now);
  const objection = state.objections[objectionId]!;
  await commitNoticeTransition(ctx, store, {
    noticeId,
    actor: `objector:${input.contactEmail}`,
    before,
    state,
    effects,
    statements: [
      insertObjection(ctx.db, {
        id: objectionId,
        noticeId,
        ...input,
        status: "open",
        receivedAt: objection.receivedAt,
        resolutionDeadline: objection.resolutionDeadline,
      }),
    ],
    details: { organisation: input.organisation, ...(input.orgId ? { orgId: input.orgId } : {}) },
  });
  return { objectionId, receivedAt: objection.receivedAt, resolutionDeadline: objection.resolutionDeadline };
}
